namespace WuzhenSite.Output;

/// <summary>
/// What the manifest remembers of one file a full build left in place: the hash of the bytes it
/// wrote (<c>DocumentContent.Fingerprint</c>: SHA-256 of the bytes, or a copied file's source
/// identity), and the length and modification time (UTC ticks) the file had right after. The next
/// build keeps the file untouched when it would write the same hash and the file on disk still has
/// that length and time; anything else (a hand edit, a touch) means it is written again.
/// </summary>
public readonly record struct FileStamp(string Hash, long Length, long ModifiedTicks)
{
    /// <summary>
    /// What the file was made from (<see cref="FileOrigin"/>), when the pipeline that made it could name
    /// all of its inputs: the next build finds the file by it and skips making it again when that is unchanged.
    /// </summary>
    public string? Origin { get; init; }

    /// <summary>The stamp of the file at <paramref name="path"/> as it is now, with <paramref name="hash"/>; null when it is not a plain file.</summary>
    public static FileStamp? Of(string path, string hash)
    {
        // One lstat: FileInfo reads length, time and attributes together, and a link is not a file we wrote.
        var info = new FileInfo(path);
        if (!info.Exists || info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return null;
        }

        return new FileStamp(hash, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>True when <paramref name="now"/> (the live file) is this stamp's file untouched, about to be written with <paramref name="hash"/> again.</summary>
    public bool StillHolds(string hash, FileStamp? now) =>
        now is { } live && string.Equals(Hash, hash, StringComparison.Ordinal) && live.Length == Length && live.ModifiedTicks == ModifiedTicks;
}
