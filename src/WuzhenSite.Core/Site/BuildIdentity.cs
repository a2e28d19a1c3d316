using System.Buffers.Binary;
using System.IO.Hashing;
using System.Reflection;
using System.Text;
using WuzhenSite.Theming;

namespace WuzhenSite.Site;

/// <summary>
/// What a full build's files depend on besides the content: the program and the settings
/// (<see cref="Program"/>), and for pages the layouts and UI string files too (<see cref="Pages"/>).
/// Files are stamped in the manifest with an origin made from their own inputs and one of these, so
/// a change of program or settings makes every file again and a change of theme every page, while a
/// build with none of them changed skips what it would only make again the same.
/// </summary>
public sealed record BuildIdentity(UInt128 Program, UInt128 Pages)
{
    /// <summary>Changes whenever what an identity covers changes, so old stamps never match a new meaning.</summary>
    private const string Scheme = "wuzhen-build-identity-1";

    /// <summary>The identity of this program with these settings and this theme.</summary>
    /// <exception cref="IOException">A theme or settings file could not be read; the caller then makes every file.</exception>
    public static BuildIdentity Of(ThemeFiles theme, string settingsFile, IReadOnlyDictionary<string, string> overrides)
    {
        var program = new XxHash128();
        Text(program, Scheme);
        ProgramFiles(program);
        Bytes(program, File.Exists(settingsFile) ? File.ReadAllBytes(settingsFile) : []);
        foreach (var (key, value) in overrides.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            Text(program, key);
            Text(program, value);
        }

        var programIdentity = program.GetCurrentHashAsUInt128();
        var pages = new XxHash128();
        Number(pages, (long)(ulong)programIdentity);
        Number(pages, (long)(ulong)(programIdentity >> 64));
        foreach (var folder in (string[])["layouts", "i18n"])
        {
            foreach (var (relative, path) in theme.List(folder).Files)
            {
                Text(pages, relative);
                Bytes(pages, File.ReadAllBytes(path));
            }
        }

        return new BuildIdentity(programIdentity, pages.GetCurrentHashAsUInt128());
    }

    /// <summary>
    /// The program's version and, since a local build keeps the version, each of its assemblies'
    /// length and modification time; a native program has no assembly files and is one file itself.
    /// </summary>
    private static void ProgramFiles(XxHash128 hash)
    {
        Text(hash, typeof(BuildIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "");
        Assembly[] assemblies = [typeof(BuildIdentity).Assembly, typeof(Liquid.LiquidTemplate).Assembly, typeof(Engine.Documents.Document).Assembly, typeof(Search.LunrIndexBuilder).Assembly];
        var files = assemblies.Select(assembly => Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".dll")).Where(File.Exists).ToList();
        if (files.Count == 0 && Environment.ProcessPath is { } program)
        {
            files.Add(program);
        }

        foreach (var file in files)
        {
            var info = new FileInfo(file);
            Text(hash, file);
            Number(hash, info.Exists ? info.Length : -1);
            Number(hash, info.Exists ? info.LastWriteTimeUtc.Ticks : -1);
        }
    }

    private static void Text(XxHash128 hash, string text) => Bytes(hash, Encoding.UTF8.GetBytes(text));

    private static void Bytes(XxHash128 hash, ReadOnlySpan<byte> bytes)
    {
        Number(hash, bytes.Length);
        hash.Append(bytes);
    }

    private static void Number(XxHash128 hash, long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(buffer, value);
        hash.Append(buffer);
    }
}
