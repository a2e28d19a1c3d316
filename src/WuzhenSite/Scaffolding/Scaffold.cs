using System.Globalization;
using System.Text;
using WuzhenSite.Content;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Text;

namespace WuzhenSite.Cli.Scaffolding;

/// <summary>
/// The file <c>wuzhen new</c> writes for each kind: where it goes and its complete front matter,
/// as Hugo's archetypes do. Articles and transcripts start as drafts so that an unfinished file
/// never reaches the published site by accident.
/// </summary>
internal static class Scaffold
{
    /// <summary>The kinds <c>wuzhen new</c> knows.</summary>
    public static readonly string[] Kinds = [PageKinds.Article, PageKinds.Transcript, PageKinds.Speaker, PageKinds.Forum, PageKinds.Event];

    /// <summary>The path (relative to the input folder) and text of a new file.</summary>
    public static (string RelativePath, string Text) Create(string kind, string title, string slug, string? language, string defaultLanguage, DateOnly today)
    {
        var folder = kind switch
        {
            PageKinds.Article => "news",
            PageKinds.Transcript => "transcripts",
            PageKinds.Speaker => "speakers",
            PageKinds.Forum => "forums",
            _ => "events",
        };
        var suffix = language is null || language == defaultLanguage ? "" : "." + language;
        var path = $"{folder}/{slug}{suffix}.md";
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yaml = new StringBuilder("---\n");
        switch (kind)
        {
            case PageKinds.Article:
            case PageKinds.Transcript:
                yaml.Append("title: ").Append(Quote(title)).Append('\n')
                    .Append("date: ").Append(date).Append('\n')
                    .Append("slug: ").Append(slug).Append('\n')
                    .Append("translationKey: ").Append(slug).Append('\n')
                    .Append("draft: true\n")
                    .Append("summary:\n")
                    .Append("forums: []\n")
                    .Append(kind == PageKinds.Transcript ? "speakers:\n  - {name: Speaker Name, role: Their role at this event}\n" : "speakers: []\n")
                    .Append("tags: []\n")
                    .Append("event:\n")
                    .Append("author:\n")
                    .Append("location:\n")
                    .Append("image:\n")
                    .Append("imageAlt:\n")
                    .Append("imageCaption:\n")
                    .Append("imageCredit:\n");
                break;
            case PageKinds.Speaker:
                yaml.Append("name: ").Append(Quote(title)).Append('\n')
                    .Append("aliases: []\n")
                    .Append("role:\n")
                    .Append("affiliation:\n")
                    .Append("photo:\n");
                break;
            default:
                yaml.Append("name: ").Append(Quote(title)).Append('\n')
                    .Append("aliases: []\n")
                    .Append("description:\n")
                    .Append("date: ").Append(date).Append('\n')
                    .Append("venue:\n");
                break;
        }

        yaml.Append("---\n\n");
        yaml.Append(kind switch
        {
            PageKinds.Transcript => "One or two paragraphs that set the scene: who met, where, and why.\n\nSpeaker Name:\n\nThe first turn. A line holding only a name and a colon starts each turn.\n",
            PageKinds.Article => "The first paragraph is the summary in lists and feeds, unless 'summary:' says otherwise.\n",
            PageKinds.Speaker => "A short biography.\n",
            _ => "A short description.\n",
        });
        return (path, yaml.ToString());
    }

    /// <summary>The slug of a title; Chinese titles keep a Chinese slug unless one is given.</summary>
    public static string SlugFor(string title) => Slug.From(title);

    private static string Quote(string value) => FrontMatterText.Quote(value);
}
