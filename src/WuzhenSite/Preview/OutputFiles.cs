using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;
using WuzhenSite.Files;

namespace WuzhenSite.Cli.Preview;

/// <summary>
/// The output folder as the preview serves it: a file is served only if its real path lies inside
/// the output folder's real path. <see cref="PhysicalFileProvider"/> refuses paths that climb out by
/// spelling but follows symbolic links anywhere, so a link in the output (or a linked folder) could
/// otherwise serve any file on the machine. Files are served from their real path, so a link's
/// length is its target's. The folder may not exist yet when the server starts.
/// </summary>
internal sealed class OutputFiles(string outputRoot) : IFileProvider, IDisposable
{
    private readonly Lock _gate = new();
    private PhysicalFileProvider? _files;

    public IFileInfo GetFileInfo(string subpath)
    {
        if (Files() is not { } files || files.GetFileInfo(subpath) is not { Exists: true, PhysicalPath: { } path } found)
        {
            return new NotFoundFileInfo(subpath);
        }

        var (real, resolution) = RealPath.Resolve(path);
        if (resolution != Resolution.Exists || !RealPath.IsInside(real, RealPath.Resolve(outputRoot).Path))
        {
            return new NotFoundFileInfo(subpath);
        }

        return found.IsDirectory ? found : new PhysicalFileInfo(new FileInfo(real));
    }

    public IDirectoryContents GetDirectoryContents(string subpath) =>
        GetFileInfo(subpath) is { Exists: true, IsDirectory: true } && Files() is { } files ? files.GetDirectoryContents(subpath) : NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose() => _files?.Dispose();

    private PhysicalFileProvider? Files()
    {
        lock (_gate)
        {
            return _files ??= Directory.Exists(outputRoot) ? new PhysicalFileProvider(outputRoot) : null;
        }
    }
}
