using System.CommandLine;
using WuzhenSite.Configuration;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Commands;

/// <summary>The options every command that builds shares: where the site is, where it goes, what to include.</summary>
internal sealed class SiteOptions
{
    public Option<DirectoryInfo> Root { get; } = new("--root") { Description = "The site folder (holds statiq.json). Default: the current folder." };

    public Option<DirectoryInfo?> Input { get; } = new("--input") { Description = "The content folder. Default: InputPath from statiq.json (\"input\")." };

    public Option<DirectoryInfo?> Output { get; } = new("--output") { Description = "Where the site is written. Default: OutputPath from statiq.json (\"output\")." };

    public Option<FileInfo?> Config { get; } = new("--config") { Description = "The settings file. Default: statiq.json in the root." };

    public Option<string[]> Settings { get; } = new("--setting", "-s") { Description = "Override a setting: --setting Key=Value (repeatable).", AllowMultipleArgumentsPerToken = false };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include drafts." };

    public Option<bool> Future { get; } = new("--future") { Description = "Include scheduled and expired documents." };

    public Option<bool> Clean { get; } = new("--clean") { Description = "Build into a non-empty output folder wuzhen did not write (e.g. a publishing checkout): replace the files the site writes, delete nothing else." };

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(Input);
        command.Options.Add(Output);
        command.Options.Add(Config);
        command.Options.Add(Settings);
        command.Options.Add(Drafts);
        command.Options.Add(Future);
        command.Options.Add(Clean);
    }

    /// <summary>The build the parsed command line asks for; throws <see cref="SettingsException"/> for a malformed --setting.</summary>
    public BuildOptions ToBuildOptions(ParseResult result)
    {
        var overrides = new Dictionary<string, string>(SettingsLoader.ParseOverrides(result.GetValue(Settings) ?? []), StringComparer.OrdinalIgnoreCase);
        if (result.GetValue(Drafts))
        {
            overrides["IncludeDrafts"] = "true";
        }

        if (result.GetValue(Future))
        {
            overrides["IncludeFuture"] = "true";
        }

        return new BuildOptions
        {
            RootPath = result.GetValue(Root)?.FullName ?? Directory.GetCurrentDirectory(),
            InputPath = result.GetValue(Input)?.FullName,
            OutputPath = result.GetValue(Output)?.FullName,
            ConfigPath = result.GetValue(Config)?.FullName,
            SettingOverrides = overrides,
            Clean = result.GetValue(Clean),
        };
    }
}
