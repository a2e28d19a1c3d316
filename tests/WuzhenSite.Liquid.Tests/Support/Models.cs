namespace WuzhenSite.Liquid.Tests.Support;

/// <summary>A page model shaped like the site generator's: PascalCase properties read as snake_case.</summary>
public sealed record TestPage(string Title, int ReadingMinutes, bool IsCurrent, string? PrevUrl, string DateIso, IReadOnlyList<string> Tags);

/// <summary>A post for list filters (where, map, sort).</summary>
public sealed record TestPost(string Title, string Category, int Weight, bool Featured, DateTimeOffset Date);

/// <summary>An enum, printed by name.</summary>
public enum TestStatus
{
    Draft,
    Published,
}
