using System.Collections.Immutable;
using WuzhenSite.Content;

namespace WuzhenSite.SiteData;

/// <summary>One year of a section in a language: the year and its pages, newest first (what its archive lists).</summary>
public sealed record YearOfPages(int Year, ImmutableArray<ContentPage> Pages);
