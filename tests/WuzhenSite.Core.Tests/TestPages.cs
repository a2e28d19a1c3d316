using System.Collections.Immutable;
using WuzhenSite.Content;
using WuzhenSite.Content.FrontMatter;

namespace WuzhenSite.Core.Tests;

/// <summary>Content pages for tests, without going through files.</summary>
internal static class TestPages
{
    public static ContentPage Article(string slug, string language = "en", string date = "2021-09-27", string[]? speakers = null, string[]? forums = null, string[]? tags = null, string? eventName = null) => new()
    {
        Kind = ContentKind.Article,
        SourcePath = $"news/{slug}{(language == "en" ? "" : "." + language)}.md",
        Language = language,
        TranslationKey = "article:" + slug,
        Slug = slug,
        Url = $"/{language}/news/{slug}/",
        Meta = FrontMatterData.Empty with
        {
            Title = slug,
            Date = FrontMatterDateParser.TryParse(date),
            Speakers = [.. (speakers ?? []).Select(s => new SpeakerReference(s, null, 1))],
            Forums = [.. forums ?? []],
            Tags = [.. tags ?? []],
            Event = eventName,
        },
    };

    public static ContentPage Profile(ContentKind kind, string slug, string name, string language = "en", params string[] aliases) => new()
    {
        Kind = kind,
        SourcePath = $"speakers/{slug}{(language == "en" ? "" : "." + language)}.md",
        Language = language,
        TranslationKey = "speaker:" + slug,
        Slug = slug,
        Meta = FrontMatterData.Empty with { Name = name, Aliases = [.. aliases] },
    };
}
