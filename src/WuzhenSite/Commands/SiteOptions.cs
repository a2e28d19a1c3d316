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

    /// <summary>
    /// The build the parsed command line asks for. Throws <see cref="SettingsException"/> (a usage
    /// error) for a bad --setting and <see cref="UserMistake"/> for a --config file that is not there.
    /// </summary>
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

        var rootPath = result.GetValue(Root)?.FullName ?? Directory.GetCurrentDirectory();
        var configPath = result.GetValue(Config)?.FullName;
        if (configPath is not null && !File.Exists(configPath))
        {
            // Only a missing default statiq.json means defaults; a file asked for by name must be there.
            throw new UserMistake($"--config names '{configPath}', which is not a file.",
                "Check the path, or leave --config out to use statiq.json in the site folder.");
        }

        RejectBadOverrides(configPath ?? Path.Combine(rootPath, "statiq.json"), overrides);
        return new BuildOptions
        {
            RootPath = rootPath,
            InputPath = result.GetValue(Input)?.FullName,
            OutputPath = result.GetValue(Output)?.FullName,
            ConfigPath = configPath,
            SettingOverrides = overrides,
            Clean = result.GetValue(Clean),
        };
    }

    // A bad --setting is a mistake in the call: reported now, exit 2. The settings file's own
    // problems are content, which the build reports with everything else (exit 1).
    private static void RejectBadOverrides(string configPath, IReadOnlyDictionary<string, string> overrides)
    {
        try
        {
            SettingsLoader.Load(configPath, overrides);
        }
        catch (SettingsException exception) when (!exception.IsUsageError)
        {
            // The build reports it.
        }
    }
}
