namespace WuzhenSite.Rendering.Views;

/// <summary>Where a paged list is: current page, total, neighbours and every page's link.</summary>
public sealed record PaginatorView(int Current, int Total, string? PrevUrl, string? NextUrl, IReadOnlyList<PageLinkView> Pages, int TotalItems);

/// <summary>One page of a paged list.</summary>
public sealed record PageLinkView(int Number, string Url, bool IsCurrent);
