namespace WuzhenSite.Cli.Tests.Support;

/// <summary>Finds the repository and the test fixtures from wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WuzhenSite.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository (WuzhenSite.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
