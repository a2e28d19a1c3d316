using System.Text;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Localization;

/// <summary>
/// Refuses to work where .NET runs without ICU (globalization-invariant mode, what
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c> turns on where libicu is missing). There Unicode
/// normalization does nothing, so "Café" slugs to <c>café</c> instead of <c>cafe</c>, and every
/// configured Locale falls back to the invariant culture, so readers' dates change as well: the
/// same input would publish other URLs than on any other machine. A clear error is better.
/// </summary>
public static class GlobalizationCheck
{
    /// <summary>The variable that runs .NET without ICU.</summary>
    public const string InvariantVariable = "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT";

    /// <summary>The error to refuse with in this process, or null when it has ICU.</summary>
    public static Diagnostic? Problem() => Problem(HasIcu(), Environment.GetEnvironmentVariable(InvariantVariable));

    /// <summary>The error to refuse with, or null when <paramref name="hasIcu"/>; the fix names the variable when it is what turned ICU off.</summary>
    public static Diagnostic? Problem(bool hasIcu, string? invariantVariable)
    {
        if (hasIcu)
        {
            return null;
        }

        const string install = "install libicu (apt-get install libicu72, or the libicu package of your release; dnf install libicu; apk add icu-libs)";
        var fix = string.IsNullOrEmpty(invariantVariable)
            ? install + " and run a wuzhen built without InvariantGlobalization."
            : install + " or unset " + InvariantVariable + ".";
        return Diagnostic.Error("environment", 0, 0,
            "wuzhen needs ICU (libicu) so that slugs and dates come out as on every other machine, but .NET is running without it (globalization-invariant mode).",
            fix, "globalization");
    }

    /// <summary>
    /// Whether this process has ICU: invariant mode cannot decompose <c>é</c> into <c>e</c> and an
    /// accent, which is exactly what slugs rely on.
    /// </summary>
    private static bool HasIcu()
    {
        try
        {
            return string.Equals("\u00E9".Normalize(NormalizationForm.FormD), "e\u0301", StringComparison.Ordinal);
        }
        catch (PlatformNotSupportedException)
        {
            return false;
        }
    }
}
