using System.Diagnostics;

namespace WuzhenSite.Browser.Tests.Support;

/// <summary>The npm packages the tests inject (axe-core), installed from the lock file on first use.</summary>
internal static class NodePackages
{
    private static readonly Lazy<string> Folder = new(Install);

    /// <summary>Path of axe-core's browser bundle.</summary>
    public static string AxeScript => Path.Combine(Folder.Value, "node_modules", "axe-core", "axe.min.js");

    private static string Install()
    {
        var folder = Path.Combine(BrowserSite.RepositoryRoot, "tests", "WuzhenSite.Browser.Tests");
        if (!File.Exists(Path.Combine(folder, "node_modules", "axe-core", "axe.min.js")))
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
