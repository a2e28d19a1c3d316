using System.Text;
using System.Text.RegularExpressions;

namespace WuzhenSite.Benchmarks.Corpus;

/// <summary>
/// Writes the same corpus as a Hugo site with a minimal theme of comparable work: single pages,
/// section lists and the home page paged by 10, taxonomy indexes and term pages for forums,
/// speakers, tags and events, in English and Chinese (translations by file name). Feeds and
/// sitemaps are off, so Hugo renders the same kinds of pages WuzhenSite's core does. The corpus's
/// photos go to <c>assets/photos/</c>, and a page with an <c>image</c> gets its cover as WebP and
/// JPEG at each width WuzhenSite makes (the derivatives both can make), unless Hugo runs with
/// <c>--environment nophotos</c>: then the same site is built without image processing.
/// </summary>
public static partial class HugoSiteWriter
{
    public static void Write(string corpusRoot)
    {
        var input = Path.Combine(corpusRoot, "input");
        var hugo = Path.Combine(corpusRoot, "hugo");
        if (Directory.Exists(hugo))
        {
            Directory.Delete(hugo, recursive: true);
        }

        foreach (var folder in new[] { "news", "transcripts" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(input, folder), "*.md", SearchOption.AllDirectories))
            {
                var target = Path.Combine(hugo, "content", folder, Path.GetRelativePath(Path.Combine(input, folder), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, ToHugoFrontMatter(File.ReadAllText(file)));
            }
        }

        var photos = Path.Combine(input, "assets", "photos");
        if (Directory.Exists(photos))
        {
            var target = Path.Combine(hugo, "assets", "photos");
            Directory.CreateDirectory(target);
            foreach (var photo in Directory.EnumerateFiles(photos))
            {
                HardLink.CreateOrCopy(photo, Path.Combine(target, Path.GetFileName(photo)));
            }
        }

        WriteFile(hugo, "hugo.toml", """
            baseURL = "https://bench.example.org/"
            defaultContentLanguage = "en"
            defaultContentLanguageInSubdir = true
            paginate = 10
            disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
            [taxonomies]
              forum = "forums"
              speaker = "speakers"
              tag = "tags"
              event = "events"
            [languages.en]
              weight = 1
              languageName = "English"
              title = "Benchmark News"
            [languages.zh]
              weight = 2
              languageName = "中文"
              title = "基准新闻"
            """);
        WriteFile(hugo, "layouts/_default/baseof.html", """
            <!doctype html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
            {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
            </head><body><header><a href="{{ "/" | relLangURL }}">{{ .Site.Title }}</a>
            <nav>{{ range .Site.Languages }}<a href="/{{ .Lang }}/">{{ .LanguageName }}</a> {{ end }}</nav></header>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        WriteFile(hugo, "layouts/_default/single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
            {{ if and .Params.image (ne hugo.Environment "nophotos") }}{{ partial "cover.html" . }}{{ end }}
            <p>{{ .ReadingTime }} min</p>
            {{ with .GetTerms "forums" }}<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
            {{ with .GetTerms "speakers" }}<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
            {{ with .GetTerms "tags" }}<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
            {{ .Content }}</article>{{ end }}
            """);
        // Each width at most the photo's own (never upscaled): WebP q80 and JPEG q82, in a <picture>
        // as WuzhenSite writes it, so Hugo writes every derivative and the page links them.
        WriteFile(hugo, "layouts/partials/cover.html", """
            {{ with resources.Get (strings.TrimPrefix "/assets/" .Params.image) }}{{ $photo := . }}{{ $webp := slice }}{{ $jpeg := slice }}{{ $largest := . }}
            {{ range slice 480 800 1200 1600 }}{{ if le . $photo.Width }}
            {{ $w := $photo.Resize (printf "%dx webp q80" .) }}{{ $webp = $webp | append (printf "%s %dw" $w.RelPermalink .) }}
            {{ $j := $photo.Resize (printf "%dx jpg q82" .) }}{{ $jpeg = $jpeg | append (printf "%s %dw" $j.RelPermalink .) }}{{ $largest = $j }}
            {{ end }}{{ end }}
            <figure><picture><source type="image/webp" srcset="{{ delimit $webp ", " }}" sizes="(min-width: 50rem) 50rem, 100vw">
            <img src="{{ $largest.RelPermalink }}" srcset="{{ delimit $jpeg ", " }}" sizes="(min-width: 50rem) 50rem, 100vw" width="{{ $largest.Width }}" height="{{ $largest.Height }}" alt="{{ $.Params.imageAlt }}" fetchpriority="high"></picture></figure>
            {{ end }}
            """);
        const string Items = """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ $p := .Paginate .Pages }}
            {{ range $p.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><time>{{ .Date.Format "2 January 2006" }}</time><p>{{ .Summary }}</p></article>{{ end }}
            <nav>{{ if $p.HasPrev }}<a href="{{ $p.Prev.URL }}">prev</a>{{ end }} {{ $p.PageNumber }}/{{ $p.TotalPages }} {{ if $p.HasNext }}<a href="{{ $p.Next.URL }}">next</a>{{ end }}</nav>{{ end }}
            """;
        WriteFile(hugo, "layouts/_default/list.html", Items);
        WriteFile(hugo, "layouts/_default/term.html", Items);
        WriteFile(hugo, "layouts/index.html", Items.Replace(".Paginate .Pages", ".Paginate (where .Site.RegularPages \"Type\" \"in\" (slice \"news\" \"transcripts\"))", StringComparison.Ordinal));
        WriteFile(hugo, "layouts/_default/taxonomy.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
            """);
    }

    /// <summary>Speakers become plain names and the event a one-item taxonomy, as Hugo taxonomies need.</summary>
    private static string ToHugoFrontMatter(string text)
    {
        text = SpeakerItem().Replace(text, "  - \"${name}\"");
        return EventLine().Replace(text, "events: [\"${name}\"]");
    }

    private static void WriteFile(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    [GeneratedRegex(@"^  - \{name: (?<name>[^,}]+), role: [^}]*\}$", RegexOptions.Multiline)]
    private static partial Regex SpeakerItem();

    [GeneratedRegex(@"^event: (?<name>.+)$", RegexOptions.Multiline)]
    private static partial Regex EventLine();
}
