using System.CommandLine;
using Spectre.Console;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Files;
using WuzhenSite.Importing;
using WuzhenSite.Importing.Parsing;
using WuzhenSite.Importing.Sources;
using WuzhenSite.Importing.Writing;
using WuzhenSite.Localization;
using WuzhenSite.Site;
using WuzhenSite.Text;

namespace WuzhenSite.Cli.Commands;

/// <summary>
/// <c>wuzhen import FILE… [--type article|transcript] [--lang CODE] [--slug SLUG]</c>: turns what a
/// press office sends (text, a saved web page, a Word file) into a draft article or transcript of the
/// content contract, and prints what each line became. Every file is read and checked before any is
/// written, and no file is ever overwritten.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(IAnsiConsole console, TimeProvider clock)
    {
        var files = new Argument<FileInfo[]>("file") { Description = $"The files to import ({ImportSource.Known}).", Arity = ArgumentArity.OneOrMore };
        var type = new Option<string?>("--type") { Description = "article or transcript (default: guessed from the text: speaker turns make a transcript)." };
        type.AcceptOnlyFromAmong("article", "transcript");
        var site = new AuthoringOptions("URL segment and file name (default: made from the title); one file only.");
        var command = new Command("import", "Turn a transcript or article as the press office sent it (.txt, .html, .docx) into a draft Markdown file.");
        command.Arguments.Add(files);
        command.Options.Add(type);
        site.AddTo(command);
        command.SetAction(result =>
        {
            // Without ICU a title's slug (the file's name) would differ from the one a build elsewhere makes.
            if (GlobalizationCheck.Problem() is { } withoutIcu)
            {
                console.Profile.Out.Writer.WriteLine(withoutIcu.ToString());
                return ExitCodes.UsageError;
            }

            var (settings, inputFolder, code, givenSlug) = site.Resolve(result, "import");
            var sources = result.GetValue(files)!;
            if (givenSlug is not null && sources.Length > 1)
            {
                throw new UserMistake($"--slug names one file, and {sources.Length} files were given; nothing was written.",
                    "Import the files one at a time to give each its --slug, or leave --slug out to name each from its title.");
            }

            var kind = result.GetValue(type) switch
            {
                "article" => ImportKind.Article,
                "transcript" => ImportKind.Transcript,
                _ => (ImportKind?)null,
            };
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var suffix = code is null || code == settings.DefaultLanguage ? "" : "." + code;

            // Everything is read and checked first, so a mistake in the third file leaves the first two unwritten too.
            var planned = new List<PlannedImport>();
            foreach (var source in sources)
            {
                planned.Add(Plan(source, kind, givenSlug, suffix, inputFolder, settings.FollowSymlinks, today, planned));
            }

            var writer = console.Profile.Out.Writer;
            foreach (var import in planned)
            {
                try
                {
                    NewContentFile.Write(import.Target, import.Markdown);
                }
                catch (IOException) when (File.Exists(import.Target) || new FileInfo(import.Target).LinkTarget is not null)
                {
                    throw new UserMistake($"{import.Target} appeared while importing; it was left as it is.", "Pass --slug with another name.", ExitCodes.ContentErrors);
                }

                Report(writer, import);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static PlannedImport Plan(FileInfo source, ImportKind? kind, string? givenSlug, string suffix, string inputFolder, bool followSymlinks, DateOnly today, List<PlannedImport> earlier)
    {
        if (!source.Exists)
        {
            throw new UserMistake($"{source.FullName} is not a file; nothing was written.", "Check the path of the file to import.");
        }

        IReadOnlyList<SourceLine> lines;
        try
        {
            lines = ImportSource.Read(source.FullName);
        }
        catch (ImportSourceException exception)
        {
            throw new UserMistake(exception.Message + " Nothing was written.", exception.Fix);
        }

        var parsed = PressParser.Parse(lines, kind);
        var document = parsed.Document;
        if (document.Title.Length == 0)
        {
            throw new UserMistake($"{source.FullName} holds no text to import; nothing was written.", "Check that it is the right file, with the text in it.");
        }

        var notes = parsed.Notes;
        var date = document.Date ?? today;
        if (document.Date is null)
        {
            notes = notes.Add(new ImportNote(document.TitleLine, ImportAction.Warning, $"no date line or dateline found: wrote today's date, {PressDate.Format(today)}, as 'date'; put the event's date in its place"));
        }

        var fileSlug = givenSlug ?? Slug.From(document.Title);
        if (fileSlug.Length > 80 && givenSlug is null)
        {
            fileSlug = fileSlug[..80].TrimEnd('-'); // a whole sentence for a headline makes no URL anyone types
        }

        if (!Slug.IsSafeSegment(fileSlug))
        {
            throw new UserMistake($"'{fileSlug}' is not a usable slug for {source.Name}; nothing was written.", "Pass --slug with letters, digits and hyphens.");
        }

        var folder = document.Kind == ImportKind.Transcript ? "transcripts" : "news";
        var target = Path.Combine(inputFolder, folder, fileSlug + suffix + ".md");
        if (NewContentFile.IsTaken(target))
        {
            throw new UserMistake($"{target} already exists; nothing was written.", "Pass --slug with another name.", ExitCodes.ContentErrors);
        }

        if (NewContentFile.LinkedOutside(inputFolder, target, followSymlinks) is { } outside)
        {
            throw new UserMistake(outside, "Import into a folder inside the input folder, or set \"FollowSymlinks\": true in statiq.json if the link is meant.", ExitCodes.ContentErrors);
        }

        if (earlier.FirstOrDefault(p => p.Target == target) is { } twin)
        {
            throw new UserMistake($"{twin.Source} and {source.FullName} would both be written to {target}; nothing was written.",
                "Import them one at a time, each with its own --slug.");
        }

        return new PlannedImport(source.FullName, target, document.Kind, ImportMarkdownWriter.Write(document, fileSlug, date), notes);
    }

    private static void Report(TextWriter writer, PlannedImport import)
    {
        var source = Shown(import.Source);
        var kind = import.Kind == ImportKind.Transcript ? "a transcript" : "an article";
        writer.WriteLine(VisibleText.Escape($"Imported {source} as {kind}: {Shown(import.Target)} (a draft: check it, preview it with --drafts, and remove 'draft: true' to publish)."));
        foreach (var note in import.Notes)
        {
            writer.WriteLine(VisibleText.Escape($"  {source}:{note}"));
        }

        var warnings = import.Notes.Count(n => n.Action == ImportAction.Warning);
        writer.WriteLine($"  {import.Notes.Count(n => n.Action == ImportAction.Mapped)} mapped, {import.Notes.Count(n => n.Action == ImportAction.Dropped)} dropped, {warnings} to check.");
    }

    /// <summary>A path as the report prints it: from the current folder when it lies below it, else in full.</summary>
    internal static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private sealed record PlannedImport(string Source, string Target, ImportKind Kind, string Markdown, System.Collections.Immutable.ImmutableArray<ImportNote> Notes);
}
