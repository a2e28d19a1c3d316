using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// Samples what the build allocates, by type: the runtime reports one allocation about every
/// 100 KB (the GC's AllocationTick event) with the type that crossed the mark, which over a build
/// of gigabytes gives each type's share closely enough to know where to look.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        _bytesByType.AddOrUpdate(type, amount, (_, total) => total + amount);
    }

    /// <summary>Prints the types that account for most sampled bytes.</summary>
    public void Print(int top)
    {
        var total = _bytesByType.Values.Sum();
        Console.WriteLine($"sampled allocations: {total / 1024 / 1024} MiB");
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"  {bytes * 100.0 / total,5:0.0} %  {bytes / 1024 / 1024,6} MiB  {type}");
        }
    }
}
