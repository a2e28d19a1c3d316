using System.Runtime;
using System.Runtime.CompilerServices;

namespace WuzhenSite.Cli;

/// <summary>
/// Multicore JIT for the <c>wuzhen</c> process: each command records which methods it compiled, in a
/// profile beside the tool's own files (never in the site), and the next run of that command compiles
/// them ahead on a spare core while the main thread starts up. Every method of a build is compiled
/// fully optimised on first use (tiered compilation is off for the large-site loops), so start-up is
/// compile-bound, and compiling ahead on the spare core takes that off the critical path. When the folder
/// cannot be written or a profile is damaged, the runtime simply runs without one.
/// </summary>
internal static class JitProfile
{
    private static int _started;

    /// <summary>Starts the profile of <paramref name="command"/> (once per process).</summary>
    public static void Start(string command)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            return; // compiled ahead of time (dotnet publish -r <rid>): there is nothing to compile
        }

        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return; // in-process callers (tests) run many commands; the runtime keeps one profile a process
        }

        try
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "jit-profiles");
            Directory.CreateDirectory(folder);
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(command + ".jitprofile");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only install: start-up is a little slower, nothing else changes.
        }
    }
}
