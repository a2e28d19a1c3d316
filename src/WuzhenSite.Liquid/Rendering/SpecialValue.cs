namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// The <c>empty</c> and <c>blank</c> literals. They only mean something in comparisons
/// (<c>x == empty</c>, <c>x != blank</c>); output as text they are empty.
/// </summary>
internal sealed class SpecialValue
{
    public static readonly SpecialValue Empty = new("empty");

    public static readonly SpecialValue Blank = new("blank");

    private SpecialValue(string name) => Name = name;

    public string Name { get; }

    /// <summary>Whether <paramref name="other"/> equals this literal: empty means "", [] or {}; blank adds nil, false and whitespace.</summary>
    public bool Matches(object? other) => ReferenceEquals(this, Blank) ? Truthiness.IsBlank(other) : Truthiness.IsEmpty(other);

    public override string ToString() => string.Empty;
}
