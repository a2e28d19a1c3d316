using System.CommandLine;
using Spectre.Console;
using WuzhenSite.Cli.Scaffolding;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Files;
using WuzhenSite.Localization;
using WuzhenSite.Site;
using WuzhenSite.Text;

namespace WuzhenSite.Cli.Commands;

/// <summary><c>wuzhen new article|transcript|speaker|forum|event "Title" [--lang zh] [--slug s]</c>: writes a correctly named file with complete front matter.</summary>
internal static class NewCommand
{
    public static Command Create(IAnsiConsole console, TimeProvider clock)
    {
        var kind = new Argument<string>("kind") { Description = "article, transcript, speaker, forum or event." };
        kind.AcceptOnlyFromAmong(Scaffold.Kinds);
        var title = new Argument<string>("title") { Description = "The title (or, for profiles, the name)." };
        var language = new Option<string?>("--lang") { Description = "Language code of the new file (default: the default language)." };
        var slug = new Option<string?>("--slug") { Description = "URL segment and file name (default: made from the title)." };
        var root = new Option<DirectoryInfo?>("--root") { Description = "The site folder (holds statiq.json). Default: the current folder." };
        var command = new Command("new", "Create a new article, transcript, speaker, forum or event file with complete front matter.");
        command.Arguments.Add(kind);
        command.Arguments.Add(title);
        command.Options.Add(language);
        command.Options.Add(slug);
        command.Options.Add(root);
        command.SetAction(result =>
        {
            // Without ICU a title's slug (the file's name) would differ from the one a build elsewhere makes.
            if (GlobalizationCheck.Problem() is { } withoutIcu)
            {
                console.Profile.Out.Writer.WriteLine(withoutIcu.ToString());
                return ExitCodes.UsageError;
            }

            var options = new BuildOptions { RootPath = result.GetValue(root)?.FullName ?? Directory.GetCurrentDirectory() };
            if (!Directory.Exists(options.RootPath))
            {
                throw new UserMistake($"The site folder '{options.RootPath}' does not exist; nothing was written.",
                    "Pass --root with the folder that holds statiq.json, or run wuzhen new from it.");
            }

            // A broken statiq.json is content (exit 1); the error boundary prints it.
            var settings = SettingsLoader.Load(Path.Combine(options.RootPath, "statiq.json"));
            var code = result.GetValue(language);
            if (code is not null && settings.FindLanguage(code) is null)
            {
                var configured = string.Join(", ", settings.Languages.Select(l => l.Code));
                throw new UserMistake($"'{code}' is not a configured language ({configured}).",
                    $"Pass --lang with one of {configured}, or add '{code}' to \"Languages\" in statiq.json.");
            }

            var name = result.GetValue(title)!;
            RejectControlCharacters(name);
            var fileSlug = result.GetValue(slug) ?? Scaffold.SlugFor(name);
            if (!Slug.IsSafeSegment(fileSlug))
            {
                throw new UserMistake($"'{fileSlug}' is not a usable slug.", "Pass --slug with letters, digits and hyphens.");
            }

            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var (relative, text) = Scaffold.Create(result.GetValue(kind)!, name, fileSlug, code, settings.DefaultLanguage, today);
            var inputFolder = SiteFolders.Resolve(options, settings).Input;
            var path = Path.Combine(inputFolder, relative);
            if (NewContentFile.IsTaken(path))
            {
                throw new UserMistake($"{path} already exists; nothing was written.", "Choose another --slug.", ExitCodes.ContentErrors);
            }

            if (NewContentFile.LinkedOutside(inputFolder, path, settings.FollowSymlinks) is { } outside)
            {
                throw new UserMistake(outside, "Create it in a folder inside the input folder, or set \"FollowSymlinks\": true in statiq.json if the link is meant.", ExitCodes.ContentErrors);
            }

            NewContentFile.Write(path, text);
            var shown = VisibleText.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), path));
            console.Profile.Out.Writer.WriteLine($"Created {shown}" +
                (text.Contains("draft: true", StringComparison.Ordinal) ? " (a draft: preview it with --drafts, and remove 'draft: true' to publish)." : "."));
            return ExitCodes.Success;
        });
        return command;
    }

    // A title is one line of text: a newline, tab or escape character in it is a slip of the shell
    // (or worse), refused before anything is written rather than carried into the front matter.
    private static void RejectControlCharacters(string title)
    {
        var index = Array.FindIndex(title.ToCharArray(), char.IsControl);
        if (index >= 0)
        {
            throw new UserMistake($"The title \"{title}\" holds a control character ({VisibleText.Escape(title[index].ToString())} at position {index + 1}); a title is one line of text. Nothing was written.",
                "Write the title on one line, without tabs or other control characters.");
        }
    }
}
