namespace WuzhenSite.Rendering.Views;

/// <summary>A named link: a term, a breadcrumb, a navigation entry. <c>Role</c> is a speaker's role in this document.</summary>
public sealed record LinkView(string Name, string Url, string? Role = null, bool IsCurrent = false);
