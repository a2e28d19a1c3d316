using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Support;

/// <summary>Builds the repository's sample site into a folder, on the tests' fixed date, with settings overridden where a test needs it.</summary>
public static class SampleBuild
{
    /// <summary>The date every sample build takes as today, so scheduled and expired documents stay put.</summary>
    public static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Builds the sample site into <paramref name="outputPath"/>.</summary>
    public static Task<BuildResult> RunAsync(string outputPath, IReadOnlyDictionary<string, string>? settings = null, CancellationToken cancellationToken = default) =>
        SiteBuilder.BuildAsync(new BuildOptions
        {
            RootPath = RepositoryPaths.Root,
            OutputPath = outputPath,
            SettingOverrides = settings ?? new Dictionary<string, string>(),
            Clock = Clock,
        }, cancellationToken);
}
