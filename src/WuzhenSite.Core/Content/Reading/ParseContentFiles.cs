using WuzhenSite.Configuration;
using WuzhenSite.Content.Changes;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Localization;
using WuzhenSite.Text;

namespace WuzhenSite.Content.Reading;

/// <summary>
/// Turns each Markdown source into a <see cref="ContentPage"/>: decodes it, splits and parses the
/// front matter, settles kind, language, slug and translation key, and checks what the contract
/// requires. A file with errors is reported and left out; the others go on, so one build reports all.
/// </summary>
public sealed class ParseContentFiles(SiteSettings settings) : PerDocumentModule
{
    /// <inheritdoc />
    protected override ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        var page = Parse(input.Source!, input.GetRequired<ContentKind>(Keys.Kind), input.Content.ReadBytes().Span, settings, out var diagnostics);
        context.Diagnostics.ReportAll(diagnostics);
        IEnumerable<Document> result = page is null ? [] : [input.With(Keys.Page, page).WithContent(DocumentContent.Empty)];
        return ValueTask.FromResult(result);
    }

    /// <summary>Parses one source file; null when it has errors (all of them in <paramref name="diagnostics"/>).</summary>
    public static ContentPage? Parse(string file, ContentKind folderKind, ReadOnlySpan<byte> bytes, SiteSettings settings, out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        var (text, decodeError) = SourceText.Decode(bytes, file);
        if (text is null)
        {
            diagnostics.Add(decodeError!);
            return null;
        }

        var (split, splitError) = FrontMatterSplitter.Split(text, file);
        if (split is not { } parts)
        {
            diagnostics.Add(splitError!);
            return null;
        }

        var (meta, parseDiagnostics) = FrontMatterParser.Parse(parts, file);
        diagnostics.AddRange(parseDiagnostics);
        if (parseDiagnostics.Any(d => d.Code == "yaml"))
        {
            return null; // the keys could not be read, so "missing title" and the like would be noise
        }

        var kind = ResolveKind(file, folderKind, meta, diagnostics);
        var language = ResolveLanguage(file, meta, settings, diagnostics, out var pathWithoutLanguage);
        CheckRequired(file, kind, meta, parts, diagnostics);
        var slug = ResolveSlug(file, kind, meta, pathWithoutLanguage, diagnostics);
        if (!ContentFolders.IsProfile(kind))
        {
            CheckAliases(file, meta, diagnostics);
            diagnostics.AddRange(ChangeDates.Check(file, meta));
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || language is null || slug is null)
        {
            return null;
        }

        return new ContentPage
        {
            Kind = kind,
            SourcePath = file,
            Language = language,
            TranslationKey = meta.TranslationKey is { } key ? $"{PageKinds.Of(kind)}:{key}" : $"{PageKinds.Of(kind)}:{WithoutTopFolder(pathWithoutLanguage)}",
            Meta = meta,
            Body = parts.Body,
            BodyStartLine = parts.BodyStartLine,
            Slug = slug,
        };
    }

    private static ContentKind ResolveKind(string file, ContentKind folderKind, FrontMatterData meta, List<Diagnostic> diagnostics)
    {
        if (meta.Type is null || ContentFolders.IsProfile(folderKind))
        {
            return folderKind;
        }

        if (ContentFolders.KindOfType(meta.Type) is { } kind)
        {
            return kind;
        }

        diagnostics.Add(Diagnostic.Error(file, meta.TypeLine, 1, $"'type: {meta.Type}' is not a content type.",
            "Use 'article', 'transcript' or 'page', or remove the key to use the folder's type.", "front-matter"));
        return folderKind;
    }

    private static string? ResolveLanguage(string file, FrontMatterData meta, SiteSettings settings, List<Diagnostic> diagnostics, out string pathWithoutLanguage)
    {
        var (result, error) = LanguageSuffix.Resolve(file, settings);
        pathWithoutLanguage = result?.PathWithoutLanguage ?? file;
        if (error is not null)
        {
            diagnostics.Add(error);
            return null;
        }

        if (meta.Lang is null)
        {
            return result!.Value.Language;
        }

        if (settings.FindLanguage(meta.Lang) is null)
        {
            var configured = string.Join(", ", settings.Languages.Select(l => l.Code));
            diagnostics.Add(Diagnostic.Error(file, meta.LangLine, 1, $"'lang: {meta.Lang}' is not a configured language (configured: {configured}).",
                $"Use one of {configured}, or add '{meta.Lang}' to \"Languages\" in statiq.json.", "language"));
            return null;
        }

        return meta.Lang;
    }

    private static void CheckRequired(string file, ContentKind kind, FrontMatterData meta, FrontMatterSplit parts, List<Diagnostic> diagnostics)
    {
        var closingLine = parts.BodyStartLine - 1;
        if (ContentFolders.IsProfile(kind))
        {
            if (meta.Name is null)
            {
                diagnostics.Add(Diagnostic.Error(file, closingLine, 1, "The profile has no 'name'.",
                    "Add 'name: Full Name' to the front matter (other spellings go in 'aliases').", "front-matter"));
            }

            return;
        }

        if (meta.Title is null)
        {
            diagnostics.Add(Diagnostic.Error(file, closingLine, 1, "The front matter has no 'title'.",
                "Add 'title: Your headline' between the '---' lines.", "front-matter"));
        }

        if (kind is ContentKind.Article or ContentKind.Transcript && meta.Date is null && meta.DateLine == 0)
        {
            diagnostics.Add(Diagnostic.Error(file, closingLine, 1, $"The {PageKinds.Of(kind)} has no 'date'.",
                "Add 'date: YYYY-MM-DD' (or with time and offset, e.g. 2021-09-27T10:30:00+08:00).", "front-matter"));
        }
    }

    private static string? ResolveSlug(string file, ContentKind kind, FrontMatterData meta, string pathWithoutLanguage, List<Diagnostic> diagnostics)
    {
        if (meta.Slug is { } explicitSlug)
        {
            if (HiddenCharacters.Refuse(file, meta.SlugLine, "'slug:'", explicitSlug, "Retype the slug with visible letters, digits and hyphens only, e.g. 'slug: opening-ceremony'.") is { } hidden)
            {
                diagnostics.Add(hidden);
                return null;
            }

            if (!Slug.IsSafeSegment(explicitSlug))
            {
                diagnostics.Add(Diagnostic.Error(file, meta.SlugLine, 1, $"'slug: {explicitSlug}' is not a single safe URL segment.",
                    "Use letters, digits and hyphens only, e.g. 'slug: opening-ceremony' (no '/', '..' or spaces).", "slug"));
                return null;
            }

            return CheckReserved(file, kind, explicitSlug, meta.SlugLine, fromFrontMatter: true, diagnostics);
        }

        var fileName = SlugSource(pathWithoutLanguage);
        if (HiddenCharacters.Refuse(file, 1, "The file name", fileName, "Rename the file with visible characters only, or add 'slug: some-name' to the front matter.") is { } hiddenInName)
        {
            diagnostics.Add(hiddenInName);
            return null;
        }

        var slug = Slug.From(fileName);
        if (slug.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(file, 1, 1, "The file name gives no URL slug.",
                "Rename the file with letters or digits, or add 'slug: some-name' to the front matter.", "slug"));
            return null;
        }

        return CheckReserved(file, kind, slug, 1, fromFrontMatter: false, diagnostics);
    }

    /// <summary>
    /// The name a page's slug is made from: its file name, or for a page bundle
    /// (<c>news/2021/summit/index.md</c> beside its photos, as in Hugo) its folder's name.
    /// </summary>
    private static string SlugSource(string pathWithoutLanguage)
    {
        var slash = pathWithoutLanguage.LastIndexOf('/');
        var fileName = pathWithoutLanguage[(slash + 1)..];
        if (fileName == "index" && slash > 0 && pathWithoutLanguage.LastIndexOf('/', slash - 1) is var parent and >= 0)
        {
            return pathWithoutLanguage[(parent + 1)..slash];
        }

        return fileName;
    }

    private static string? CheckReserved(string file, ContentKind kind, string slug, int line, bool fromFrontMatter, List<Diagnostic> diagnostics)
    {
        if (kind == ContentKind.Page && ContentFolders.ReservedPageSlugs.Contains(slug))
        {
            diagnostics.Add(Diagnostic.Error(file, line, 1, $"A page cannot have the slug '{slug}': the site uses that URL for its own lists.",
                "Choose another file name or set 'slug:'.", "slug"));
            return null;
        }

        if (kind is ContentKind.Article or ContentKind.Transcript && ContentFolders.IsYearSegment(slug))
        {
            var section = kind == ContentKind.Article ? "news" : "transcripts";
            var fix = fromFrontMatter
                ? $"Give it a slug with words as well, e.g. 'slug: {slug}-summit-opening'."
                : $"Rename the file with words as well (e.g. '{slug}-summit-opening.md'), or add 'slug: {slug}-summit-opening' to the front matter.";
            diagnostics.Add(Diagnostic.Error(file, line, 1,
                $"The slug '{slug}' is a year: /<language>/{section}/{slug}/ is the archive of that year's {section}, so this {PageKinds.Of(kind)} cannot have that URL.",
                fix, "slug"));
            return null;
        }

        return slug;
    }

    private static void CheckAliases(string file, FrontMatterData meta, List<Diagnostic> diagnostics)
    {
        foreach (var alias in meta.Aliases)
        {
            if (HiddenCharacters.Refuse(file, meta.AliasesLine, "The alias", alias, "Retype the old URL with visible characters only, e.g. '/2017/12/old-page.html'.") is { } hidden)
            {
                diagnostics.Add(hidden);
                continue;
            }

            var segments = alias.Split('/');
            var bad = !alias.StartsWith('/') || alias.Contains("//", StringComparison.Ordinal) || alias.Contains('\\')
                || alias.Contains("://", StringComparison.Ordinal) || segments.Any(s => s is "." or ".." || s.StartsWith('.'))
                || alias.Any(char.IsControl) || alias.IndexOfAny(['?', '#', '%', '<', '>', '"']) >= 0;
            if (bad)
            {
                diagnostics.Add(Diagnostic.Error(file, meta.AliasesLine, 1, $"The alias '{alias}' is not a path inside this site.",
                    "Write old URLs as site paths starting with '/', e.g. '/2017/12/old-page.html', with no '..', '//' or host.", "alias"));
            }
        }
    }

    private static string WithoutTopFolder(string path) => path[(path.IndexOf('/') + 1)..];
}
