using System.Text.RegularExpressions;
using WuzhenSite.Images.Planning;

namespace WuzhenSite.Images.Encoding;

/// <summary>
/// The processed photos kept between builds (as Hugo's <c>resources/_gen</c>), one file per
/// derived file under its own name, which holds the photo's hash and the encoder key: a name
/// found here is the right bytes. Entries are written whole (to a temporary name, then renamed),
/// so a build stopped midway never leaves half a photo to be served later. Only files named as
/// this cache names them are ever deleted.
/// </summary>
public sealed partial class ImageCache(string root)
{
    /// <summary>The cache folder.</summary>
    public string Root { get; } = root;

    /// <summary>Where the derivative is kept.</summary>
    public string PathOf(Derivative derivative) => Path.Combine(Root, derivative.FileName);

    /// <summary>True when the derivative is in the cache already.</summary>
    public bool Has(Derivative derivative) => File.Exists(PathOf(derivative));

    /// <summary>Makes a missing entry through <paramref name="write"/>, which writes to the temporary paths it is given; each is renamed into place once written.</summary>
    public void Fill(IReadOnlyList<Derivative> derivatives, Action<IReadOnlyList<Derivative>, Func<Derivative, string>> write)
    {
        Directory.CreateDirectory(Root);
        var temporary = derivatives.ToDictionary(d => d, d => Path.Combine(Root, $".{d.FileName}.{Guid.NewGuid():N}.tmp"));
        try
        {
            write(derivatives, d => temporary[d]);
            foreach (var (derivative, path) in temporary)
            {
                File.Move(path, PathOf(derivative), overwrite: true);
            }
        }
        finally
        {
            foreach (var path in temporary.Values.Where(File.Exists))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Deletes the entries (and leftover temporary files) whose names are not in <paramref name="used"/>; returns how many.</summary>
    public int Prune(IReadOnlySet<string> used)
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(Root))
        {
            var name = Path.GetFileName(path);
            // A temporary file is left only by a build that was killed; one younger than an hour may be another build's, still writing.
            if ((EntryName().IsMatch(name) && !used.Contains(name))
                || (TemporaryName().IsMatch(name) && File.GetLastWriteTimeUtc(path) < DateTime.UtcNow.AddHours(-1)))
            {
                File.Delete(path);
                deleted++;
            }
        }

        return deleted;
    }

    [GeneratedRegex(@"^[a-z0-9-]+-[0-9a-f]{10}-(\d+|social)\.(jpg|png|webp|avif)$")]
    private static partial Regex EntryName();

    [GeneratedRegex(@"^\.[a-z0-9-]+-[0-9a-f]{10}-(\d+|social)\.(jpg|png|webp|avif)\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryName();
}
