using System.Text;
using System.Text.Json;
using WuzhenSite.Content;
using WuzhenSite.Output;
using WuzhenSite.Rendering.Views;

namespace WuzhenSite.Publishing.Metadata;

/// <summary>
/// The schema.org JSON-LD of a page: <c>NewsArticle</c> for articles; <c>Article</c> with genre
/// "transcript", the event it records and the people who speak for transcripts (schema.org has no
/// transcript type of its own), both with <c>dateModified</c> (the last change, or the publication date)
/// and each correction as a <c>CorrectionComment</c>; <c>Person</c> for speaker pages; <c>WebSite</c> with a search
/// action for home pages; <c>CollectionPage</c> or <c>WebPage</c> otherwise. Written with
/// System.Text.Json, which escapes &lt;, &gt; and &amp; as \u003C…, so no title can close the script
/// element it sits in.
/// </summary>
public static class JsonLd
{
    /// <summary>What the page is about, beyond its view.</summary>
    /// <param name="Publisher">The site's name in the page's language.</param>
    /// <param name="Logo">Absolute URL of the site's mark.</param>
    /// <param name="Image">Absolute URL of the page's image, if it has one.</param>
    /// <param name="SearchUrlTemplate">For home pages: the search page's absolute URL with <c>{search_term_string}</c>.</param>
    /// <param name="Person">For speaker pages: the person.</param>
    /// <param name="Cover">The page's cover photo with its words and the social crop, when it has one.</param>
    public sealed record Facts(string Publisher, string Logo, string? Image, string? SearchUrlTemplate, PersonFacts? Person, CoverFacts? Cover = null);

    /// <summary>A cover photo as schema.org's <c>ImageObject</c>: absolute URL, size, caption, credit and copyright, and the social crop.</summary>
    public sealed record CoverFacts(string Url, int Width, int Height, string? Caption, string? Credit, string? Copyright, string? SocialUrl);

    /// <summary>A speaker, from their profile where there is one.</summary>
    public sealed record PersonFacts(string Name, string? JobTitle, string? Affiliation, string? Image, string? Description);

    /// <summary>The JSON-LD of <paramref name="view"/>.</summary>
    public static string For(PageView view, Facts facts)
    {
        var bytes = JsonBytes.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            switch (view.Kind)
            {
                case PageKinds.Article:
                case PageKinds.Transcript:
                    CreativeWork(w, view, facts);
                    break;
                case PageKinds.Term when facts.Person is { } person:
                    Person(w, view, person);
                    break;
                case PageKinds.Home:
                    w.WriteString("@type", "WebSite");
                    Common(w, view);
                    if (facts.SearchUrlTemplate is { } template)
                    {
                        w.WriteStartObject("potentialAction");
                        w.WriteString("@type", "SearchAction");
                        w.WriteString("target", template);
                        w.WriteString("query-input", "required name=search_term_string");
                        w.WriteEndObject();
                    }

                    break;
                case PageKinds.List or PageKinds.Term or PageKinds.Terms:
                    w.WriteString("@type", "CollectionPage");
                    Common(w, view);
                    break;
                default:
                    w.WriteString("@type", "WebPage");
                    Common(w, view);
                    break;
            }

            w.WriteEndObject();
        });

        return Encoding.UTF8.GetString(bytes);
    }

    private static void ImageObject(Utf8JsonWriter w, CoverFacts cover)
    {
        w.WriteStartObject();
        w.WriteString("@type", "ImageObject");
        w.WriteString("url", cover.Url);
        if (cover.Width > 0)
        {
            w.WriteNumber("width", cover.Width);
            w.WriteNumber("height", cover.Height);
        }

        if (cover.Caption is { } caption)
        {
            w.WriteString("caption", caption);
        }

        if (cover.Credit is { } credit)
        {
            w.WriteString("creditText", credit);
        }

        if (cover.Copyright is { } copyright)
        {
            w.WriteString("copyrightNotice", copyright);
        }

        w.WriteEndObject();
    }

    private static void CreativeWork(Utf8JsonWriter w, PageView view, Facts facts)
    {
        bool transcript = view.Kind == PageKinds.Transcript;
        w.WriteString("@type", transcript ? "Article" : "NewsArticle");
        if (transcript)
        {
            w.WriteString("genre", "transcript");
        }

        w.WriteString("headline", view.Title);
        Common(w, view);
        w.WriteString("mainEntityOfPage", view.Permalink);
        if (view.DateIso.Length > 0)
        {
            w.WriteString("datePublished", view.DateIso);
            w.WriteString("dateModified", view.UpdatedIso.Length > 0 ? view.UpdatedIso : view.DateIso);
        }

        if (view.Corrections.Count > 0)
        {
            w.WriteStartArray("correction");
            foreach (var correction in view.Corrections)
            {
                w.WriteStartObject();
                w.WriteString("@type", "CorrectionComment");
                w.WriteString("text", correction.Note);
                w.WriteString("datePublished", correction.DateIso);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("image");
        if (facts.Cover is { } cover)
        {
            ImageObject(w, cover);
            if (cover.SocialUrl is { } social)
            {
                w.WriteStringValue(social); // a second proportion (1.91:1), as search engines ask for
            }
        }
        else
        {
            w.WriteStringValue(facts.Image ?? facts.Logo);
        }

        w.WriteEndArray();

        w.WriteStartArray("author");
        if (view.Author is { Length: > 0 } author)
        {
            Named(w, "Person", author);
        }
        else
        {
            Named(w, "Organization", facts.Publisher);
        }

        w.WriteEndArray();

        w.WriteStartObject("publisher");
        w.WriteString("@type", "Organization");
        w.WriteString("name", facts.Publisher);
        w.WriteStartObject("logo");
        w.WriteString("@type", "ImageObject");
        w.WriteString("url", facts.Logo);
        w.WriteEndObject();
        w.WriteEndObject();

        if (view.Tags.Count > 0)
        {
            w.WriteString("keywords", string.Join(", ", view.Tags.Select(t => t.Name)));
        }

        if (view.Event is { } recorded)
        {
            w.WriteStartObject("about");
            w.WriteString("@type", "Event");
            w.WriteString("name", recorded.Name);
            w.WriteEndObject();
        }

        if (view.Speakers.Count > 0)
        {
            w.WriteStartArray("mentions");
            foreach (var speaker in view.Speakers)
            {
                w.WriteStartObject();
                w.WriteString("@type", "Person");
                w.WriteString("name", speaker.Name);
                if (speaker.Role is { Length: > 0 } role)
                {
                    w.WriteString("jobTitle", role);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }

    private static void Person(Utf8JsonWriter w, PageView view, PersonFacts person)
    {
        w.WriteString("@type", "Person");
        w.WriteString("name", person.Name);
        w.WriteString("url", view.Permalink);
        if (person.JobTitle is { Length: > 0 } jobTitle)
        {
            w.WriteString("jobTitle", jobTitle);
        }

        if (person.Affiliation is { Length: > 0 } affiliation)
        {
            w.WriteStartObject("affiliation");
            Named(w, "Organization", affiliation, open: false);
            w.WriteEndObject();
        }

        if (person.Image is { } image)
        {
            w.WriteString("image", image);
        }

        if (person.Description is { Length: > 0 } description)
        {
            w.WriteString("description", description);
        }
    }

    private static void Common(Utf8JsonWriter w, PageView view)
    {
        if (!PageKinds.IsNewsDocument(view.Kind))
        {
            w.WriteString("name", view.Title);
        }

        w.WriteString("url", view.Permalink);
        w.WriteString("inLanguage", view.Lang);
        if (view.Description.Length > 0)
        {
            w.WriteString("description", view.Description);
        }
    }

    private static void Named(Utf8JsonWriter w, string type, string name, bool open = true)
    {
        if (open)
        {
            w.WriteStartObject();
        }

        w.WriteString("@type", type);
        w.WriteString("name", name);
        if (open)
        {
            w.WriteEndObject();
        }
    }
}
