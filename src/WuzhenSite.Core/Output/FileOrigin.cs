namespace WuzhenSite.Output;

/// <summary>
/// Names what a file is made from, as metadata on the document that writes it: a fingerprint of
/// every input of the step that made it (a page's view with the theme and the program, for
/// instance). A full build stamps it into the manifest with the file (<see cref="FileStamp.Origin"/>);
/// the next build that finds the same origin, with the file untouched on disk, can take the file's
/// bytes as they are instead of making them again (<see cref="StagedOutput.TryReadUnchanged"/>).
/// A step that cannot name every input sets none, and its file is always made.
/// </summary>
public static class FileOrigin
{
    /// <summary>The metadata key of a document's origin (a string).</summary>
    public const string MetadataKey = "FileOrigin";
}
