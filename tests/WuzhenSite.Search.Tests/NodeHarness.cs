using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;

[assembly: AssemblyFixture(typeof(WuzhenSite.Search.Tests.NodeHarness))]

namespace WuzhenSite.Search.Tests;

/// <summary>
/// Runs lunr.js 2.3.9 in Node for the conformance tests. Node is a prerequisite: when it is not
/// on PATH every test that needs it fails with a message saying so. The first use runs
/// <c>npm ci</c> in the harness folder when its node_modules is missing.
/// </summary>
public sealed class NodeHarness : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly Lazy<string> nodePath;
    private readonly Lazy<bool> installed;
    private readonly string tempDirectory;

    public NodeHarness()
    {
        nodePath = new Lazy<string>(() => FindOnPath("node")
            ?? throw new InvalidOperationException(
                "Node.js is required for the lunr.js conformance tests but 'node' was not found on PATH. " +
                "Install Node.js (18 or later) and make sure 'node' and 'npm' are on PATH."));
        installed = new Lazy<bool>(EnsureInstalled);
        tempDirectory = Path.Combine(Path.GetTempPath(), "wuzhensite-search-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(tempDirectory);
    }

    /// <summary>The folder with package.json, harness.js and node_modules.</summary>
    public static string HarnessDirectory { get; } =
        typeof(NodeHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NodeHarnessDirectory").Value!;

    /// <summary>Same as <see cref="HarnessDirectory"/>.</summary>
    public string Directory => HarnessDirectory;

    /// <summary>lunr's stemming fixture, present once the harness is installed.</summary>
    public string StemmingVocabularyPath
    {
        get
        {
            _ = installed.Value;
            return Path.Combine(Directory, "node_modules", "lunr", "test", "fixtures", "stemming_vocab.json");
        }
    }

    /// <summary>Writes <paramref name="content"/> to a new temp file and returns its path.</summary>
    public string WriteTempFile(string name, string content)
    {
        string file = Path.Combine(tempDirectory, Guid.NewGuid().ToString("N") + "-" + name);
        File.WriteAllText(file, content, new UTF8Encoding(false));
        return file;
    }

    /// <summary>Writes <paramref name="content"/> to a new temp file and returns its path.</summary>
    public string WriteTempFile(string name, byte[] content)
    {
        string file = Path.Combine(tempDirectory, Guid.NewGuid().ToString("N") + "-" + name);
        File.WriteAllBytes(file, content);
        return file;
    }

    /// <summary>Runs <c>node harness.js</c> with <paramref name="arguments"/> and returns its stdout.</summary>
    public string RunHarness(params string[] arguments)
    {
        _ = installed.Value;
        var (exitCode, stdout, stderr) = Run(nodePath.Value, ["harness.js", .. arguments]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"node harness.js {string.Join(' ', arguments)} exited with {exitCode}:\n{stderr}");
        }

        return stdout;
    }

    /// <summary>Runs another script of the harness folder and parses its stdout as JSON.</summary>
    public JsonElement RunScriptJson(string script, params string[] arguments)
    {
        _ = installed.Value;
        var (exitCode, stdout, stderr) = Run(nodePath.Value, [script, .. arguments]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"node {script} {string.Join(' ', arguments)} exited with {exitCode}:\n{stderr}");
        }

        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }

    /// <summary>Runs the harness and parses its stdout as JSON.</summary>
    public JsonElement RunHarnessJson(params string[] arguments)
    {
        using var document = JsonDocument.Parse(RunHarness(arguments));
        return document.RootElement.Clone();
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(tempDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private bool EnsureInstalled()
    {
        if (File.Exists(Path.Combine(Directory, "node_modules", "lunr", "lunr.js")))
        {
            return true;
        }

        _ = nodePath.Value;
        string npm = FindOnPath("npm")
            ?? throw new InvalidOperationException("node_modules is missing in " + Directory + " and 'npm' was not found on PATH to run 'npm ci'.");
        var (exitCode, stdout, stderr) = Run(npm, ["ci", "--no-audit", "--no-fund"]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"'npm ci' failed in {Directory} (exit {exitCode}):\n{stdout}\n{stderr}");
        }

        return true;
    }

    private (int ExitCode, string Stdout, string Stderr) Run(string fileName, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start " + fileName);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static string? FindOnPath(string command)
    {
        string? path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        string[] extensions = OperatingSystem.IsWindows() ? [".exe", ".cmd", ".bat", string.Empty] : [string.Empty];
        foreach (string directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string extension in extensions)
            {
                string candidate = Path.Combine(directory, command + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
