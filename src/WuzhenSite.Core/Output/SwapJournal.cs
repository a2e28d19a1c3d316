using System.Text.Json;

namespace WuzhenSite.Output;

/// <summary>
/// The swap's journal, <c>.wuzhen-journal</c> in the output folder: every rename is written down
/// before it is made, and "committed" once the new site is whole. Undoing the renames in reverse
/// order gives back the previous site, whether the swap failed (at once) or the process died
/// (at the start of the next build). One JSON array per line, paths relative to the output folder.
/// </summary>
public sealed class SwapJournal
{
    private const string Committed = "committed";
    private readonly string _outputRoot;
    private readonly IFileOperations _files;

    private SwapJournal(string outputRoot, IFileOperations files)
    {
        _outputRoot = outputRoot;
        _files = files;
    }

    /// <summary>The journal's path.</summary>
    public string JournalPath => Path.Combine(_outputRoot, OutputNames.Journal);

    /// <summary>Starts an empty journal.</summary>
    public static SwapJournal Start(string outputRoot, IFileOperations files)
    {
        var journal = new SwapJournal(outputRoot, files);
        files.WriteFile(journal.JournalPath, []);
        return journal;
    }

    /// <summary>Writes down a rename that is about to be made.</summary>
    public void Record(SwapMove move) => _files.Append(JournalPath, Line("move", move.From, move.To));

    /// <summary>The commit point: the new site is in place; what follows is only cleaning up.</summary>
    public void Commit() => _files.Append(JournalPath, Line(Committed));

    /// <summary>
    /// Finishes a swap an earlier build left behind: a committed one is cleaned up, any other is
    /// undone so the site before it is back. Returns what was done, or null when there was no journal.
    /// </summary>
    public static string? Recover(string outputRoot, IFileOperations files)
    {
        var path = Path.Combine(outputRoot, OutputNames.Journal);
        if (!File.Exists(path))
        {
            return null;
        }

        var (moves, committed) = Parse(File.ReadAllLines(path));
        if (!committed)
        {
            Undo(outputRoot, moves, files);
        }

        foreach (var name in (string[])[OutputNames.Retired, OutputNames.Staging, OutputNames.Journal])
        {
            files.Delete(Path.Combine(outputRoot, name));
        }

        return committed
            ? "An earlier build had replaced the site but not cleaned up; its leftovers were removed."
            : "An earlier build was interrupted while replacing the site; the site it replaced was put back.";
    }

    /// <summary>Makes <paramref name="done"/> undone, last first; a rename that never happened is skipped.</summary>
    public static void Undo(string outputRoot, IEnumerable<SwapMove> done, IFileOperations files)
    {
        foreach (var move in done.Reverse())
        {
            var from = Path.Combine(outputRoot, move.From);
            var to = Path.Combine(outputRoot, move.To);
            if (Exists(to) && !Exists(from))
            {
                files.Move(to, from);
            }
        }
    }

    /// <summary>The recorded renames, and whether the swap reached its commit point; a torn last line (a crash while writing it) is ignored.</summary>
    public static (List<SwapMove> Moves, bool Committed) Parse(IEnumerable<string> lines)
    {
        var moves = new List<SwapMove>();
        foreach (var line in lines)
        {
            string[] entry;
            try
            {
                using var document = JsonDocument.Parse(line);
                entry = [.. document.RootElement.EnumerateArray().Select(e => e.GetString() ?? "")];
            }
            catch (Exception exception) when (exception is JsonException or InvalidOperationException)
            {
                continue;
            }

            if (entry is [Committed])
            {
                return (moves, true);
            }

            if (entry is ["move", var from, var to])
            {
                moves.Add(new SwapMove(from, to));
            }
        }

        return (moves, false);
    }

    private static string Line(params string[] values) => System.Text.Encoding.UTF8.GetString(JsonBytes.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    })) + "\n";

    private static bool Exists(string path) => Path.Exists(path) || new FileInfo(path).LinkTarget is not null;
}
