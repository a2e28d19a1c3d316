namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// One way an author runs <c>wuzhen</c>, to time against Hugo: a program and the arguments
/// before <c>build</c>.
/// </summary>
/// <param name="Label">The name in the printout.</param>
/// <param name="Program">The executable.</param>
/// <param name="Prefix">Arguments before <c>build …</c>, already quoted.</param>
internal sealed record WuzhenCommand(string Label, string Program, string Prefix)
{
    /// <summary>A native program, or a <c>wuzhen.dll</c> run with <c>dotnet</c>.</summary>
    public static WuzhenCommand ForPath(string path) => path.EndsWith(".dll", StringComparison.Ordinal)
        ? new WuzhenCommand(Path.GetFileName(path), "dotnet", $"\"{path}\" ")
        : new WuzhenCommand(Path.GetFileName(path) == "wuzhen" ? $"wuzhen ({Path.GetFileName(Path.GetDirectoryName(path))})" : Path.GetFileName(path), path, "");

    /// <summary>
    /// The ways found for <c>--all</c>: the native program if published to <c>artifacts/native</c>,
    /// the installed tool (<paramref name="tool"/> or <c>wuzhen</c> on PATH), and <c>dotnet run</c>
    /// on the project; the ones not found are reported and left out.
    /// </summary>
    public static List<WuzhenCommand> All(string repositoryRoot, string? tool)
    {
        var found = new List<WuzhenCommand>();
        var native = Path.Combine(repositoryRoot, "artifacts", "native", "wuzhen");
        Add(found, File.Exists(native) ? new WuzhenCommand("native", native, "") : null, $"native: no {native} (dotnet publish src/WuzhenSite -c Release -r linux-x64 -o artifacts/native)");
        var installed = tool ?? OnPath("wuzhen");
        Add(found, installed is not null && File.Exists(installed) ? new WuzhenCommand("tool", installed, "") : null, "tool: no wuzhen on PATH (dotnet tool install, or --tool <path>)");
        var project = Path.Combine(repositoryRoot, "src", "WuzhenSite");
        Add(found, Directory.Exists(project) ? new WuzhenCommand("dotnet run", "dotnet", $"run --project \"{project}\" -c Release -- ") : null, $"dotnet run: no {project}");
        return found;
    }

    /// <summary>The repository holding the harness: the nearest folder up with <c>src/WuzhenSite</c>.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "src", "WuzhenSite")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static void Add(List<WuzhenCommand> found, WuzhenCommand? command, string missing)
    {
        if (command is null)
        {
            Console.WriteLine("skipped " + missing);
        }
        else
        {
            found.Add(command);
        }
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
}
