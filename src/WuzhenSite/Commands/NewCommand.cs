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
        var site = new AuthoringOptions("URL segment and file name (default: made from the title).");
        var command = new Command("new", "Create a new article, transcript, speaker, forum or event file with complete front matter.");
        command.Arguments.Add(kind);
        command.Arguments.Add(title);
        site.AddTo(command);
        command.SetAction(result =>
        {
            // Without ICU a title's slug (the file's name) would differ from the one a build elsewhere makes.
            if (GlobalizationCheck.Problem() is { } withoutIcu)
            {
                console.Profile.Out.Writer.WriteLine(withoutIcu.ToString());
                return ExitCodes.UsageError;
            }

            var (settings, inputFolder, code, givenSlug) = site.Resolve(result, "new");
            var name = result.GetValue(title)!;
            RejectControlCharacters(name);
            var fileSlug = givenSlug ?? Scaffold.SlugFor(name);
            if (!Slug.IsSafeSegment(fileSlug))
            {
                throw new UserMistake($"'{fileSlug}' is not a usable slug.", "Pass --slug with letters, digits and hyphens.");
            }

            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var (relative, text) = Scaffold.Create(result.GetValue(kind)!, name, fileSlug, code, settings.DefaultLanguage, today);
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
