using System.CommandLine;
using WuzhenSite.Configuration;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Commands;

/// <summary>
/// The options of the commands that create a content file (<c>new</c>, <c>import</c>): where the
/// site is, and the new file's language and slug; and what both check before they name a file.
/// </summary>
internal sealed class AuthoringOptions(string slugDescription)
{
    public Option<string?> Language { get; } = new("--lang") { Description = "Language code of the new file (default: the default language)." };

    public Option<string?> Slug { get; } = new("--slug") { Description = slugDescription };

    public Option<DirectoryInfo?> Root { get; } = new("--root") { Description = "The site folder (holds statiq.json). Default: the current folder." };

    public Option<DirectoryInfo?> Input { get; } = new("--input") { Description = "The content folder. Default: InputPath from statiq.json (\"input\")." };

    public void AddTo(Command command)
    {
        command.Options.Add(Language);
        command.Options.Add(Slug);
        command.Options.Add(Root);
        command.Options.Add(Input);
    }

    /// <summary>
    /// The site the parsed command line names, its settings read: the site folder must exist and
    /// <c>--lang</c> be a configured language, else a <see cref="UserMistake"/> that names the fix.
    /// A broken statiq.json is content (exit 1); the error boundary prints it.
    /// </summary>
    /// <param name="commandName">The command, as the fix names it (<c>new</c>, <c>import</c>).</param>
    public AuthoringSite Resolve(ParseResult result, string commandName)
    {
        var options = new BuildOptions
        {
            RootPath = result.GetValue(Root)?.FullName ?? Directory.GetCurrentDirectory(),
            InputPath = result.GetValue(Input)?.FullName,
        };
        if (!Directory.Exists(options.RootPath))
        {
            throw new UserMistake($"The site folder '{options.RootPath}' does not exist; nothing was written.",
                $"Pass --root with the folder that holds statiq.json, or run wuzhen {commandName} from it.");
        }

        var settings = SettingsLoader.Load(Path.Combine(options.RootPath, "statiq.json"));
        var code = result.GetValue(Language);
        if (code is not null && settings.FindLanguage(code) is null)
        {
            var configured = string.Join(", ", settings.Languages.Select(l => l.Code));
            throw new UserMistake($"'{code}' is not a configured language ({configured}).",
                $"Pass --lang with one of {configured}, or add '{code}' to \"Languages\" in statiq.json.");
        }

        return new AuthoringSite(settings, SiteFolders.Resolve(options, settings).Input, code, result.GetValue(Slug));
    }
}

/// <param name="Settings">The site's settings.</param>
/// <param name="InputFolder">The content folder new files go under.</param>
/// <param name="Language">The <c>--lang</c> given (a configured language), or null.</param>
/// <param name="Slug">The <c>--slug</c> given, not yet checked, or null.</param>
internal sealed record AuthoringSite(SiteSettings Settings, string InputFolder, string? Language, string? Slug);
