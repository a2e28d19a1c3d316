namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// The <c>forloop</c> object. One instance per loop execution, mutated as the loop advances, so reading
/// <c>forloop.index</c> costs no allocation (small integers come pre-boxed).
/// </summary>
internal sealed class ForLoopState(int length, object? parent) : IMemberSource
{
    private static readonly string[] Names = ["length", "index", "index0", "rindex", "rindex0", "first", "last", "parentloop"];

    public int Index0 { get; set; }

    public int Length { get; } = length;

    public IReadOnlyList<string> MemberNames => Names;

    public bool TryGetMember(string name, out object? value)
    {
        value = name switch
        {
            "index" => BoxCache.Int(Index0 + 1),
            "index0" => BoxCache.Int(Index0),
            "rindex" => BoxCache.Int(Length - Index0),
            "rindex0" => BoxCache.Int(Length - Index0 - 1),
            "first" => BoxCache.Bool(Index0 == 0),
            "last" => BoxCache.Bool(Index0 == Length - 1),
            "length" => BoxCache.Int(Length),
            "parentloop" => parent,
            _ => null,
        };
        return value is not null || name == "parentloop";
    }
}
