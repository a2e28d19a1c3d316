namespace WuzhenSite.Configuration;

/// <summary>
/// What one shared term of each kind adds to the score of two stories (<c>RelatedWeights</c> in
/// <c>statiq.json</c>), as the weights of Hugo's related-content indices: a shared speaker says
/// most about what a story is about, a forum or tag nearly as much, the conference edition little
/// (most stories of an edition share it). 0 leaves a kind out.
/// </summary>
// Setters, not init: see SiteSettings.
public sealed record RelatedWeights
{
    /// <summary>A speaker both stories list (profiles and aliases make every spelling one speaker).</summary>
    public int Speakers { get; set; } = 100;

    /// <summary>A forum both stories list.</summary>
    public int Forums { get; set; } = 80;

    /// <summary>A tag both stories list.</summary>
    public int Tags { get; set; } = 80;

    /// <summary>The same conference edition (<c>event:</c>).</summary>
    public int Event { get; set; } = 10;
}
