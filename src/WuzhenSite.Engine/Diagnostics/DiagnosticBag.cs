using System.Collections.Concurrent;

namespace WuzhenSite.Engine.Diagnostics;

/// <summary>
/// Collects the diagnostics of one build from any thread, so that every problem is reported
/// together instead of stopping at the first.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errorCount;

    /// <summary>True once any error was reported.</summary>
    public bool HasErrors => Volatile.Read(ref _errorCount) > 0;

    /// <summary>Reports one diagnostic.</summary>
    public void Report(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            Interlocked.Increment(ref _errorCount);
        }
    }

    /// <summary>Reports several diagnostics.</summary>
    public void ReportAll(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Report(diagnostic);
        }
    }

    /// <summary>All diagnostics, in a stable order (file, line, column, message) whatever the thread timing.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
