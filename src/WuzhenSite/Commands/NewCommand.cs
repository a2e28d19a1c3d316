using System.CommandLine;
using Spectre.Console;
using WuzhenSite.Cli.Scaffolding;
using WuzhenSite.Configuration;
using WuzhenSite.Localization;
using WuzhenSite.Site;
using WuzhenSite.Urls;

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
            SiteSettings settings;
            try
            {
                settings = SettingsLoader.Load(Path.Combine(options.RootPath, "statiq.json"));
            }
            catch (SettingsException exception)
            {
                console.MarkupLine($"[red]{Markup.Escape(exception.Message)}[/]");
                return ExitCodes.ContentErrors;
            }

            var code = result.GetValue(language);
            if (code is not null && settings.FindLanguage(code) is null)
            {
                console.MarkupLine($"[red]'{Markup.Escape(code)}' is not a configured language ({Markup.Escape(string.Join(", ", settings.Languages.Select(l => l.Code)))}).[/]");
                return ExitCodes.UsageError;
            }

            var name = result.GetValue(title)!;
            var fileSlug = result.GetValue(slug) ?? Scaffold.SlugFor(name);
            if (!Slug.IsSafeSegment(fileSlug))
            {
                console.MarkupLine($"[red]'{Markup.Escape(fileSlug)}' is not a usable slug; pass --slug with letters, digits and hyphens.[/]");
                return ExitCodes.UsageError;
            }

            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var (relative, text) = Scaffold.Create(result.GetValue(kind)!, name, fileSlug, code, settings.DefaultLanguage, today);
            var path = Path.Combine(SiteFolders.Resolve(options, settings).Input, relative);
            if (File.Exists(path))
            {
                console.MarkupLine($"[red]{Markup.Escape(path)} already exists; nothing was written.[/] Choose another --slug.");
                return ExitCodes.ContentErrors;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            console.MarkupLine($"Created [green]{Markup.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), path))}[/]" +
                (text.Contains("draft: true", StringComparison.Ordinal) ? " (a draft: preview it with --drafts, and remove 'draft: true' to publish)." : "."));
            return ExitCodes.Success;
        });
        return command;
    }
}
