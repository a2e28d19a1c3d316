namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// The variables one render can see, innermost first: a stack of bindings pushed by loops and include
/// arguments, then the template's assigns, then increment/decrement counters, then the context's globals.
/// Bindings live in a flat array searched from the top (loops nest a handful deep, so this beats
/// dictionary-per-scope), and loops overwrite their slot each iteration instead of pushing.
/// Instances are pooled by <see cref="LiquidContext"/> and reset between uses.
/// </summary>
internal sealed class RenderScope
{
    private readonly Dictionary<string, object?> _locals = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _counters;
    private Binding[] _bindings = new Binding[8];
    private int _count;

    /// <summary>How many bindings are pushed; pass back to <see cref="PopTo"/>.</summary>
    public int Depth => _count;

    public object? Lookup(string name, Dictionary<string, object?> globals)
    {
        for (var i = _count - 1; i >= 0; i--)
        {
            ref var binding = ref _bindings[i];
            if (ReferenceEquals(binding.Name, name) || string.Equals(binding.Name, name, StringComparison.Ordinal))
            {
                return binding.Value;
            }
        }

        if (_locals.TryGetValue(name, out var value))
        {
            return value;
        }

        if (_counters is not null && _counters.TryGetValue(name, out var counter))
        {
            return BoxCache.Int(counter);
        }

        return globals.TryGetValue(name, out value) ? value : null;
    }

    /// <summary>assign and capture write here: visible for the rest of the template, including after the loop they ran in (as in Liquid).</summary>
    public void Assign(string name, object? value) => _locals[name] = value;

    /// <summary>Pushes a binding and returns its slot for <see cref="Set"/>.</summary>
    public int Push(string name, object? value)
    {
        if (_count == _bindings.Length)
        {
            Array.Resize(ref _bindings, _count * 2);
        }

        _bindings[_count] = new Binding { Name = name, Value = value };
        return _count++;
    }

    public void Set(int slot, object? value) => _bindings[slot].Value = value;

    public void PopTo(int depth)
    {
        // Clear popped slots so the scope (which is pooled) does not keep page data alive.
        Array.Clear(_bindings, depth, _count - depth);
        _count = depth;
    }

    /// <summary>{% increment x %}: outputs the counter's value, then adds one (starts at 0).</summary>
    public int Increment(string name)
    {
        _counters ??= new Dictionary<string, int>(StringComparer.Ordinal);
        _counters.TryGetValue(name, out var value);
        _counters[name] = value + 1;
        return value;
    }

    /// <summary>{% decrement x %}: subtracts one, then outputs (starts at -1).</summary>
    public int Decrement(string name)
    {
        _counters ??= new Dictionary<string, int>(StringComparer.Ordinal);
        _counters.TryGetValue(name, out var value);
        _counters[name] = --value;
        return value;
    }

    public void Reset()
    {
        PopTo(0);
        _locals.Clear();
        _counters?.Clear();
    }

    private struct Binding
    {
        public string Name;
        public object? Value;
    }
}
