using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Content.Markdown;
using WuzhenSite.Content.Summaries;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using Markdig.Syntax;
using WuzhenSite.Text;

namespace WuzhenSite.Content.Transcripts;

/// <summary>
/// Renders transcripts turn by turn: splits the body into introduction and turns, links each label
/// to its speaker (a listed speaker, or any profile's name or alias), gives each turn a stable
/// anchor, and warns about a label that looks like a misspelt speaker. Turn anchors (and the
/// theme's ids) are reserved before any heading gets its id, so a heading never takes a turn's
/// anchor: "Copy link" always leads to the turn. Links that could run script become text with a warning.
/// </summary>
public sealed class RenderTranscripts(MarkdownRenderer markdown, int wordsPerMinute, int cjkCharactersPerMinute, IReadOnlySet<string>? themeIds = null) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var profiles = context.OutputsOf(PipelineNames.Profiles)
            .Select(d => d.Get<ContentPage>(Keys.Page))
            .OfType<ContentPage>()
            .Where(p => p.Kind == ContentKind.SpeakerProfile)
            .ToList();
        var profileNames = ProfileNames(profiles);
        var rendered = context.MapInOrder(inputs, document =>
        {
            var page = document.GetRequired<ContentPage>(Keys.Page);
            if (page.Kind != ContentKind.Transcript)
            {
                return document;
            }

            try
            {
                var (result, warnings) = Render(page, profileNames);
                context.Diagnostics.ReportAll(warnings);
                return document.With(Keys.Page, result);
            }
            catch (InvalidOperationException exception)
            {
                // Markdig refuses pathological input (nesting too deep): name the file instead of failing the module.
                context.Diagnostics.Report(Diagnostic.Error(page.SourcePath, 0, 0, $"This transcript could not be rendered: {exception.Message}",
                    "Simplify the part of the file the message points at, or split the file.", "processing"));
                return document;
            }
        });
        return Task.FromResult(rendered.ToImmutableArray());
    }

    /// <summary>Renders one transcript page; pure apart from the Markdown pipeline it was configured with.</summary>
    public (ContentPage Page, IReadOnlyList<Diagnostic> Warnings) Render(ContentPage page, IReadOnlyList<ContentPage> speakerProfiles) =>
        Render(page, ProfileNames(speakerProfiles));

    private (ContentPage Page, IReadOnlyList<Diagnostic> Warnings) Render(ContentPage page, SpeakerNames profileNames)
    {
        var names = NamesFor(page, profileNames);
        var source = TurnSplitter.Split(page.Body, page.BodyStartLine, names.Contains);
        var warnings = new List<Diagnostic>();
        var roles = RolesBySlug(page, names);
        var turns = ImmutableArray.CreateBuilder<Turn>(source.Turns.Length);
        var anchors = TurnAnchors(source, names);
        var ids = new HashSet<string>(anchors, StringComparer.Ordinal);
        var footnotes = new FootnoteNumbers();
        ids.UnionWith(themeIds ?? new HashSet<string>());
        var seen = new HashSet<string>(StringComparer.Ordinal);

        var introSyntax = Parse(source.Introduction, source.IntroductionLine, page.SourcePath, ids, footnotes, warnings);
        var introText = PlainText.Of(introSyntax);

        for (var i = 0; i < source.Turns.Length; i++)
        {
            var turnSource = source.Turns[i];
            var slug = names.SlugOf(turnSource.Label);
            if (slug is null && names.LikelyMeant(turnSource.Label) is { } meant)
            {
                warnings.Add(Diagnostic.Warning(page.SourcePath, turnSource.Line, 1,
                    $"The turn label '{turnSource.Label}' is not a listed speaker, but looks like '{meant}'.",
                    $"Write '{meant}' if that is who spoke, or add '{turnSource.Label}' to 'speakers' (or to a profile's aliases).",
                    "speaker-spelling"));
            }

            var syntax = Parse(turnSource.Markdown, turnSource.MarkdownLine, page.SourcePath, ids, footnotes, warnings);
            var turnText = PlainText.Of(syntax);
            turns.Add(new Turn
            {
                Id = anchors[i],
                Label = turnSource.Label,
                Line = turnSource.Line,
                SpeakerSlug = slug,
                Role = slug is null ? null : roles.GetValueOrDefault(slug),
                FirstAppearance = seen.Add(SpeakerKey(turnSource.Label, names)),
                Html = markdown.Render(syntax),
                Text = turnText,
            });
        }

        var introHtml = markdown.Render(introSyntax);
        var body = new TranscriptBody(introHtml, turns.ToImmutable(), introText);
        var plainText = body.Text;
        var summary = page.Meta.Summary
            ?? (SummaryExtractor.FromFirstParagraph(introSyntax) is { Length: > 0 } intro ? intro
                : body.Turns.Length > 0 ? SummaryCutter.Cut(body.Turns[0].Text) : "");
        return (page with
        {
            Transcript = body,
            Summary = summary,
            ReadingMinutes = ReadingTime.Minutes(plainText, wordsPerMinute, cjkCharactersPerMinute),
        }, warnings);
    }

    /// <summary>Each turn's anchor: the speaker's key and their turn number (<c>ren-xianliang-2</c>), stable when text around it changes.</summary>
    private static List<string> TurnAnchors(TranscriptSource source, SpeakerNames names)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new List<string>(source.Turns.Length);
        foreach (var turn in source.Turns)
        {
            var key = SpeakerKey(turn.Label, names);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            anchors.Add($"{key}-{counts[key]}");
        }

        return anchors;
    }

    /// <summary>The speaker's slug, or the label's, or "turn" for a label without letters.</summary>
    private static string SpeakerKey(string label, SpeakerNames names) =>
        names.SlugOf(label) ?? (Slug.From(label) is { Length: > 0 } key ? key : "turn");

    /// <summary>Parses one part of the transcript: refused links become warnings at their file line, headings take ids not yet used on the page, footnotes number on from the parts before.</summary>
    private MarkdownDocument Parse(string part, int firstLine, string file, HashSet<string> ids, FootnoteNumbers footnotes, List<Diagnostic> warnings)
    {
        var refused = new List<RefusedLink>();
        var syntax = markdown.Parse(part, refused);
        warnings.AddRange(refused.Select(link => link.ToWarning(file, firstLine)));
        HeadingIds.MakeUnique(syntax, ids);
        footnotes.Continue(syntax);
        return syntax;
    }

    private static SpeakerNames ProfileNames(IReadOnlyList<ContentPage> profiles)
    {
        var names = new SpeakerNames();
        foreach (var profile in profiles)
        {
            names.Add(profile.Meta.Name!, profile.Slug);
            foreach (var alias in profile.Meta.Aliases)
            {
                names.Add(alias, profile.Slug);
            }
        }

        return names;
    }

    private static SpeakerNames NamesFor(ContentPage page, SpeakerNames profileNames)
    {
        var names = new SpeakerNames(profileNames);
        foreach (var speaker in page.Meta.Speakers)
        {
            // A listed speaker without a profile is the term of their own name.
            names.Add(speaker.Name, names.SlugOf(speaker.Name) ?? Slug.From(speaker.Name));
        }

        return names;
    }

    private static Dictionary<string, string> RolesBySlug(ContentPage page, SpeakerNames names)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var speaker in page.Meta.Speakers)
        {
            if (speaker.Role is { } role && names.SlugOf(speaker.Name) is { } slug)
            {
                roles.TryAdd(slug, role);
            }
        }

        return roles;
    }
}
