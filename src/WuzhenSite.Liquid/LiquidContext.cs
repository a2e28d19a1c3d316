using WuzhenSite.Liquid.Parsing;
using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid;

/// <summary>
/// Everything one render needs: the global variables (<see cref="SetValue"/>), the partial loader, and the
/// render's mutable state (assigns, loop variables, counters, cycle positions). Templates hold no state, so
/// one template may render on many threads at once, each with its own context. A context is for one thread:
/// use a new one per page (or reuse one sequentially; each render starts with fresh assigns).
/// </summary>
public sealed class LiquidContext
{
    /// <summary>Deepest include/render nesting allowed; deeper is almost certainly a partial including itself.</summary>
    internal const int MaxPartialDepth = 20;

    private readonly Dictionary<string, object?> _globals = new(StringComparer.Ordinal);
    // Pools are created on first use: most renders never need them.
    private Stack<RenderScope>? _scopePool;
    private Stack<StringWriter>? _writerPool;
    private Dictionary<string, int>? _cycles;
    private int _rendering;

    /// <summary>Creates a context; <paramref name="loader"/> resolves include and render tags (without one they fail).</summary>
    public LiquidContext(ILiquidTemplateLoader? loader = null)
    {
        Loader = loader;
        Scope = new RenderScope();
    }

    internal ILiquidTemplateLoader? Loader { get; }

    internal RenderScope Scope { get; private set; }

    internal Dictionary<string, object?> Globals => _globals;

    internal int PartialDepth { get; set; }

    /// <summary>
    /// Sets a global variable, visible to the template, its includes and (unlike assigns) isolated
    /// <c>render</c> partials. Values may be strings, numbers, booleans, dates, dictionaries, lists, any object
    /// (read by snake_case property names) or <see cref="LiquidHtml"/> for pre-rendered HTML.
    /// </summary>
    public void SetValue(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        _globals[name] = value;
    }

    internal object? Lookup(string name) => Scope.Lookup(name, _globals);

    internal void BeginRender()
    {
        if (Interlocked.Exchange(ref _rendering, 1) != 0)
        {
            throw new InvalidOperationException("This LiquidContext is already rendering; use one context per concurrent render.");
        }

        Scope.Reset();
        _cycles?.Clear();
        PartialDepth = 0;
    }

    internal void EndRender()
    {
        Scope.Reset();
        Volatile.Write(ref _rendering, 0);
    }

    /// <summary>Switches to a fresh, empty scope for an isolated render partial; returns the scope to restore.</summary>
    internal RenderScope EnterIsolatedScope()
    {
        var previous = Scope;
        Scope = _scopePool is { Count: > 0 } ? _scopePool.Pop() : new RenderScope();
        return previous;
    }

    internal void ExitIsolatedScope(RenderScope previous)
    {
        Scope.Reset();
        (_scopePool ??= new Stack<RenderScope>()).Push(Scope);
        Scope = previous;
    }

    /// <summary>A cleared writer for capture; nested captures each get their own.</summary>
    internal StringWriter RentWriter()
    {
        if (_writerPool is { Count: > 0 })
        {
            return _writerPool.Pop();
        }

        return new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal void ReturnWriter(StringWriter writer)
    {
        var builder = writer.GetStringBuilder();
        // Do not pool huge buffers: one giant capture should not pin its memory for the whole build.
        if (builder.Capacity <= 64 * 1024)
        {
            builder.Clear();
            (_writerPool ??= new Stack<StringWriter>()).Push(writer);
        }
    }

    /// <summary>The next position of a cycle group, advancing it.</summary>
    internal int NextCycle(string key, int length)
    {
        _cycles ??= new Dictionary<string, int>(StringComparer.Ordinal);
        _cycles.TryGetValue(key, out var position);
        _cycles[key] = (position + 1) % length;
        return position % length;
    }

    internal LiquidTemplate LoadPartial(string name, SourceLocation location)
    {
        if (Loader is null)
        {
            throw location.Error($"Cannot load partial '{name}': this context has no template loader.");
        }

        if (PartialDepth >= MaxPartialDepth)
        {
            throw location.Error($"Partial '{name}' is nested more than {MaxPartialDepth} levels deep; does a partial include itself?");
        }

        return Loader.Load(name) ?? throw location.Error($"Partial '{name}' was not found.");
    }
}
