using System.Collections;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// The value of <c>(1..5)</c>: an inclusive, read-only list of integers that never materializes,
/// so <c>for i in (1..n)</c> costs nothing up front. Empty when the end is before the start.
/// </summary>
internal sealed class RangeValue(int start, int end) : IList, IReadOnlyList<object?>
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public int Count => End < Start ? 0 : (int)Math.Min((long)End - Start + 1, int.MaxValue);

    public bool IsFixedSize => true;

    public bool IsReadOnly => true;

    public bool IsSynchronized => false;

    public object SyncRoot => this;

    public object? this[int index]
    {
        get => (uint)index < (uint)Count ? BoxCache.Int(Start + index) : throw new ArgumentOutOfRangeException(nameof(index));
        set => throw new NotSupportedException();
    }

    public bool Contains(object? value) => IndexOf(value) >= 0;

    public int IndexOf(object? value) =>
        LiquidNumber.TryFrom(value, out var number) && number.Kind == NumberKind.Integer
        && number.AsInteger >= Start && number.AsInteger <= End
            ? (int)(number.AsInteger - Start)
            : -1;

    public void CopyTo(Array array, int index)
    {
        for (var i = 0; i < Count; i++)
        {
            array.SetValue(this[i], index + i);
        }
    }

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return BoxCache.Int(Start + i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int Add(object? value) => throw new NotSupportedException();

    public void Clear() => throw new NotSupportedException();

    public void Insert(int index, object? value) => throw new NotSupportedException();

    public void Remove(object? value) => throw new NotSupportedException();

    public void RemoveAt(int index) => throw new NotSupportedException();

    // Liquid prints a range the way it was written.
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Start}..{End}"); // "-3", not the "−3" of sv-SE
}
