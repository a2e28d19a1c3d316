using WuzhenSite.Build;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Cli.Reporting;

/// <summary>How the text reports write a coming change: <c>2026-12-01T08:00:00+00:00 (news/opening.md)</c>, or <c>none</c>.</summary>
internal static class UpcomingText
{
    public static string Of(UpcomingChange? change) => change is null ? "none" : $"{change.AtUtc} ({VisibleText.Escape(change.File)})";
}
