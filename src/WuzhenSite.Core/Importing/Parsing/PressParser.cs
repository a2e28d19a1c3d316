using System.Collections.Immutable;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.Importing.Sources;
using WuzhenSite.Text;

namespace WuzhenSite.Importing.Parsing;

/// <summary>
/// Reads what a press office sends (a transcript or an article, as lines from any reader) into the
/// content contract's terms: title, event date, participants with roles, speaker turns, byline,
/// photo caption and credit; and drops what belongs to the web page it was copied from
/// (crumbs, "Updated:" stamps, page numbers). Pure: lines in, the document and a report of what
/// each line became out.
/// </summary>
public static class PressParser
{
    private const int MaxHeadingLength = 80;
    private const int MaxTitleLength = 150;

    /// <summary>Parses <paramref name="lines"/>; <paramref name="kind"/> forces article or transcript, null guesses it from the turns found.</summary>
    public static ImportResult Parse(IReadOnlyList<SourceLine> lines, ImportKind? kind = null)
    {
        var state = new State(lines, kind ?? Guess(lines));
        state.Run();
        return state.Result();
    }

    /// <summary>A transcript has speaker turns: two label lines or more, or one after a participants block.</summary>
    public static ImportKind Guess(IReadOnlyList<SourceLine> lines)
    {
        var participants = new List<string>();
        var labels = 0;
        foreach (var line in lines)
        {
            if (Bylines.TryParse(line.Text, line.BoldLabel, out _, out _))
            {
                continue;
            }

            if (line.BoldLabel is not null || TurnLabels.IsLabelLine(line.Text, participants, out _))
            {
                labels++;
            }
            else if (labels == 0 && Participants.TryParse(line.Text, out var name, out _, out _))
            {
                participants.Add(name);
            }
        }

        return labels >= 2 || (labels == 1 && participants.Count > 0) ? ImportKind.Transcript : ImportKind.Article;
    }

    internal static string Excerpt(string text, int length = 70) =>
        "\"" + (text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…") + "\"";

    private sealed class State(IReadOnlyList<SourceLine> lines, ImportKind kind)
    {
        private readonly List<ImportNote> _notes = [];
        private readonly List<ImportedSpeaker> _speakers = [];
        private readonly List<ImportedParagraph> _introduction = [];
        private readonly List<ImportedTurn> _turns = [];
        private List<ImportedParagraph>? _turnParagraphs;
        private (string Label, int Line, bool Listed)? _turn;
        private string? _title;
        private int _titleLine = 1;
        private DateOnly? _date;
        private string? _author;
        private string? _editor;
        private string? _source;
        private (string Value, int Line)? _siteName;
        private string? _caption;
        private string? _credit;

        public void Run()
        {
            var titleIndex = FindTitle();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (i < titleIndex)
                {
                    BeforeTitle(line);
                }
                else if (i == titleIndex)
                {
                    _title = line.BoldLabel is null ? line.Text : $"{line.BoldLabel}: {line.Text}".Trim();
                    _titleLine = line.Number;
                    Note(line, ImportAction.Mapped, $"title {Excerpt(_title, 120)}");
                    if (_title.Length > MaxTitleLength)
                    {
                        Note(line, ImportAction.Warning, $"the title is {_title.Length} characters long: check that the first line is the headline, not a paragraph");
                    }
                }
                else
                {
                    i = Body(i);
                }
            }

            FinishTurn();
            if (_date is null)
            {
                DateFromDateline();
            }

            if (_source is null && _siteName is { } site)
            {
                _source = site.Value;
                _notes.Add(new ImportNote(site.Line, ImportAction.Mapped, $"source {Excerpt(site.Value)} (the site's name before its \"Updated:\" stamp)"));
            }

            // Without a date the document's Date stays null: the command, which chooses what to write instead, says so.
            if (kind == ImportKind.Transcript && _turns.Count == 0)
            {
                _notes.Add(new ImportNote(1, ImportAction.Warning, "no speaker turns found ('Name:' lines or bold labels): the text is the transcript's introduction"));
            }
        }

        public ImportResult Result()
        {
            var document = new ImportedDocument
            {
                Kind = kind,
                Title = _title ?? "",
                TitleLine = _titleLine,
                Date = _date,
                Speakers = [.. _speakers],
                Author = _author,
                Editor = _editor,
                Source = _source,
                ImageCaption = _caption,
                ImageCredit = _credit,
                Introduction = [.. _introduction],
                Turns = [.. _turns],
            };
            return new ImportResult(document, [.. _notes.OrderBy(n => n.Line)]);
        }

        // The page's main heading when a reader marked one; otherwise the first line that is neither
        // the site's navigation nor a stamp.
        private int FindTitle()
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].IsMainHeading)
                {
                    return i;
                }
            }

            for (var i = 0; i < lines.Count; i++)
            {
                var text = lines[i].Text;
                if (!NavigationLines.IsCrumbs(text) && !NavigationLines.IsPageNumbers(text) && !NavigationLines.IsUpdatedStamp(text, out _)
                    && !PressDate.TryParseLine(text, out _) && !Bylines.TryParse(text, lines[i].BoldLabel, out _, out _))
                {
                    return i;
                }
            }

            return -1;
        }

        private void BeforeTitle(SourceLine line)
        {
            if (NavigationLines.IsCrumbs(line.Text))
            {
                Note(line, ImportAction.Dropped, $"navigation crumbs {Excerpt(line.Text)}");
            }
            else if (!Stamp(line) && !DateLine(line) && !Byline(line, null))
            {
                Note(line, ImportAction.Dropped, $"text before the title (the web page's) {Excerpt(line.Text)}");
            }
        }

        // Returns the index of the last line it used (a byline's name may be on the next line).
        private int Body(int index)
        {
            var line = lines[index];
            if (Stamp(line))
            {
                return index;
            }

            if (NavigationLines.IsCrumbs(line.Text))
            {
                Note(line, ImportAction.Dropped, $"navigation crumbs {Excerpt(line.Text)}");
                return index;
            }

            if (Bylines.TryParse(line.Text, line.BoldLabel, out var field, out var value))
            {
                var next = index + 1 < lines.Count ? lines[index + 1] : null;
                if (value.Length == 0 && next is { BoldLabel: null } && next.Text.Length <= 80 && !Bylines.TryParse(next.Text, null, out _, out _))
                {
                    Byline(line, (field, next.Text));
                    return index + 1;
                }

                Byline(line, (field, value));
                return index;
            }

            if (DateLine(line))
            {
                return index;
            }

            if (kind == ImportKind.Transcript && _turn is null && line.BoldLabel is null
                && Participants.TryParse(line.Text, out var name, out var honorific, out var role))
            {
                _speakers.Add(new ImportedSpeaker(name, role, line.Number));
                Note(line, ImportAction.Mapped, $"speaker {Excerpt(name)}, role {Excerpt(role, 50)}" + (honorific is null ? "" : $" (\"{honorific}\" dropped)"));
                return index;
            }

            if (_caption is null && _credit is null && line.BoldLabel is null && PhotoCaption.TryParse(line.Text, out var caption, out var credit))
            {
                _caption = caption.Length > 0 ? caption : null;
                _credit = credit;
                Note(line, ImportAction.Mapped, (caption.Length > 0 ? $"imageCaption {Excerpt(caption, 50)}, " : "") + $"imageCredit {Excerpt(credit)} (add the photo as 'image')");
                return index;
            }

            if (kind == ImportKind.Transcript && TryTurn(line))
            {
                return index;
            }

            Paragraph(new ImportedParagraph(line.BoldLabel is null ? line.Text : $"{line.BoldLabel}: {line.Text}".TrimEnd(), line.Number, IsHeading(index)));
            return index;
        }

        private bool TryTurn(SourceLine line)
        {
            var names = _speakers.Select(s => s.Name).ToList();
            string label;
            string? rest = null;
            if (line.BoldLabel is { } bold)
            {
                label = bold;
                rest = line.Text;
            }
            else if (TurnLabels.IsLabelLine(line.Text, names, out var plain))
            {
                label = plain;
            }
            else if (TurnLabels.IsInlineTurn(line.Text, names, out var inline, out var text))
            {
                label = inline;
                rest = text;
            }
            else
            {
                return false;
            }

            FinishTurn();
            var bare = Honorifics.Strip(label, out var honorific);
            var speaker = _speakers.FirstOrDefault(s => TurnLabels.SameName(s.Name, bare) || TurnLabels.SameName(s.Name, label));
            var written = speaker?.Name ?? label;
            _turn = (written, line.Number, speaker is not null);
            _turnParagraphs = [];
            if (rest is { Length: > 0 })
            {
                _turnParagraphs.Add(new ImportedParagraph(rest, line.Number));
            }

            var number = _turns.Count + 1;
            if (speaker is null && LikelyMeant(bare) is { } meant)
            {
                Note(line, ImportAction.Warning, $"turn {number}'s label \"{label}\" is close to the listed speaker \"{meant}\": kept as written; correct it if it means them");
            }

            Note(line, ImportAction.Mapped, speaker is not null
                ? $"turn {number}: {written}" + (honorific is not null && written != label ? $" (\"{label}\" matched to the listed speaker)" : "")
                : $"turn {number}: {written} (not a listed speaker: a turn without a speaker page)");
            return true;
        }

        // The build warns about a label a letter or two from a listed speaker; the report says it first, at the label's line.
        private string? LikelyMeant(string label)
        {
            var names = new SpeakerNames();
            foreach (var speaker in _speakers)
            {
                names.Add(speaker.Name, Slug.From(speaker.Name));
            }

            return names.LikelyMeant(label);
        }

        private void FinishTurn()
        {
            if (_turn is { } turn)
            {
                _turns.Add(new ImportedTurn(turn.Label, turn.Line, turn.Listed, [.. _turnParagraphs!]));
                _turn = null;
                _turnParagraphs = null;
            }
        }

        private void Paragraph(ImportedParagraph paragraph)
        {
            if (_turnParagraphs is not null)
            {
                _turnParagraphs.Add(paragraph);
            }
            else
            {
                _introduction.Add(paragraph);
            }

            if (paragraph.IsHeading)
            {
                _notes.Add(new ImportNote(paragraph.Line, ImportAction.Mapped, $"heading {Excerpt(paragraph.Text)}"));
            }
        }

        private bool Stamp(SourceLine line)
        {
            if (NavigationLines.IsUpdatedStamp(line.Text, out var before))
            {
                Note(line, ImportAction.Dropped, $"the web page's stamp {Excerpt(line.Text[before.Length..].Trim())} (not the event's date)");
                if (before.Length is > 0 and <= 40 && !before.Contains(". ", StringComparison.Ordinal))
                {
                    _siteName ??= (before, line.Number);
                }

                return true;
            }

            if (NavigationLines.IsPageNumbers(line.Text))
            {
                Note(line, ImportAction.Dropped, $"page numbers {Excerpt(line.Text)}");
                return true;
            }

            return false;
        }

        private bool DateLine(SourceLine line)
        {
            if (line.BoldLabel is not null || !PressDate.TryParseLine(line.Text, out var date))
            {
                return false;
            }

            if (_date is null)
            {
                _date = date;
                Note(line, ImportAction.Mapped, $"date {PressDate.Format(date)} from {Excerpt(line.Text)}");
            }
            else
            {
                Note(line, ImportAction.Dropped, $"another date line {Excerpt(line.Text)}" + (_date == date ? " (the same date)" : $" (kept {PressDate.Format(_date.Value)}, the first)"));
            }

            return true;
        }

        private bool Byline(SourceLine line, (Bylines.Field Field, string Value)? found)
        {
            if (found is null)
            {
                if (!Bylines.TryParse(line.Text, line.BoldLabel, out var field, out var value) || value.Length == 0)
                {
                    return false;
                }

                found = (field, value);
            }

            var (key, text) = found.Value;
            ref var slot = ref (key == Bylines.Field.Author ? ref _author : ref key == Bylines.Field.Editor ? ref _editor : ref _source);
            var name = key.ToString().ToLowerInvariant();
            if (text.Length == 0)
            {
                Note(line, ImportAction.Dropped, $"an empty byline {Excerpt(line.Text)}");
            }
            else if (slot is null)
            {
                slot = text;
                Note(line, ImportAction.Mapped, $"{name} {Excerpt(text)}");
            }
            else
            {
                Note(line, ImportAction.Warning, $"a second {name} byline {Excerpt(text)} was left out (kept {Excerpt(slot)})");
            }

            return true;
        }

        // An article's short line between paragraphs, without closing punctuation: a section heading.
        private bool IsHeading(int index)
        {
            var line = lines[index];
            var text = line.Text;
            if (kind != ImportKind.Article || line.BoldLabel is not null || text.Length > MaxHeadingLength || text.Split(' ').Length > 10
                || ".,;:!?。，；：！？…\"”’)）".Contains(text[^1], StringComparison.Ordinal))
            {
                return false;
            }

            return index + 1 < lines.Count && lines[index + 1].Text.Length > MaxHeadingLength * 2 && index > 0 && lines[index - 1].Text.Length > MaxHeadingLength;
        }

        // "Peking University, October 14, 2021: The summit…": the date of a dateline, when no line held only a date.
        private void DateFromDateline()
        {
            foreach (var paragraph in _introduction.Take(3).Concat(_turns.Take(1).SelectMany(t => t.Paragraphs.Take(1))))
            {
                var head = paragraph.Text[..Math.Min(paragraph.Text.Length, 100)];
                if (PressDate.TryFind(head, out var date, out var end) && end < head.Length && head[end..].TrimStart().StartsWith(':')
                    || PressDate.TryFind(head, out date, out end) && end < head.Length && head[end..].TrimStart() is { Length: > 0 } after && (after[0] is '—' or '–' or '：' || after.StartsWith("- ", StringComparison.Ordinal)))
                {
                    _date = date;
                    _notes.Add(new ImportNote(paragraph.Line, ImportAction.Mapped, $"date {PressDate.Format(date)} from the dateline {Excerpt(head[..end])}"));
                    return;
                }
            }
        }

        private void Note(SourceLine line, ImportAction action, string message) => _notes.Add(new ImportNote(line.Number, action, message));
    }
}
