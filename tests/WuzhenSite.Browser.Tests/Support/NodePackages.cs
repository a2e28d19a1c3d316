using System.Diagnostics;

namespace WuzhenSite.Browser.Tests.Support;

/// <summary>The npm packages the tests use (axe-core, Lighthouse), installed from the lock file on first use.</summary>
internal static class NodePackages
{
    private static readonly Lazy<string> Installed = new(Install);

    /// <summary>The test project's folder, whose node_modules holds the packages.</summary>
    public static string Folder => Installed.Value;

    /// <summary>Path of axe-core's browser bundle.</summary>
    public static string AxeScript => Path.Combine(Folder, "node_modules", "axe-core", "axe.min.js");

    private static string Install()
    {
        var folder = Path.Combine(BrowserSite.RepositoryRoot, "tests", "WuzhenSite.Browser.Tests");
        var needed = new[] { Path.Combine("axe-core", "axe.min.js"), Path.Combine("lighthouse", "cli", "index.js") };
        if (!needed.All(file => File.Exists(Path.Combine(folder, "node_modules", file))))
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund --loglevel=error") { WorkingDirectory = folder })
                ?? throw new InvalidOperationException("npm could not be started; Node.js and npm are prerequisites.");
            npm.WaitForExit();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"'npm ci' in {folder} failed with exit code {npm.ExitCode}.");
            }
        }

        return folder;
    }
}
