namespace WuzhenSite.Liquid.Rendering;

/// <summary>Engine-made objects (forloop) that answer member lookups directly, without reflection.</summary>
internal interface IMemberSource
{
    bool TryGetMember(string name, out object? value);

    /// <summary>Member names in output order, for the json filter.</summary>
    IReadOnlyList<string> MemberNames { get; }
}
