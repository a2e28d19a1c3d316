namespace WuzhenSite.Rendering.Views;

/// <summary>A year of a section in the year navigation: the year, its archive's link, how many items it has, and whether it is the page shown.</summary>
public sealed record YearLinkView(int Year, string Url, int Count, bool IsCurrent);
