using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace WuzhenSite.Cli.Preview;

/// <summary>
/// Chooses the precompressed copy of a file that the build wrote beside it (<c>.br</c> or <c>.gz</c>),
/// as nginx's <c>brotli_static</c> / <c>gzip_static</c> do, when the request accepts that encoding.
/// The preview so sends what a production server sends, and every page load proves the copies decode
/// to working files.
/// </summary>
internal static class PrecompressedSibling
{
    private static readonly (string Encoding, string Extension)[] Preferred = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>The sibling to send and its encoding, or null to send the file itself.</summary>
    public static (IFileInfo File, string Encoding)? Choose(IFileProvider files, string path, string? acceptEncoding)
    {
        if (string.IsNullOrEmpty(acceptEncoding) || path.EndsWith('/') || !files.GetFileInfo(path).Exists)
        {
            return null;
        }

        foreach (var (encoding, extension) in Preferred)
        {
            if (Accepts(acceptEncoding, encoding) && files.GetFileInfo(path + extension) is { Exists: true, IsDirectory: false } sibling)
            {
                return (sibling, encoding);
            }
        }

        return null;
    }

    /// <summary>Whether an Accept-Encoding header allows an encoding (a q of 0 refuses it).</summary>
    public static bool Accepts(string acceptEncoding, string encoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding.Split(','), out var values))
        {
            return false;
        }

        return values.Any(v => (v.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) || v.Value == "*") && (v.Quality ?? 1) > 0);
    }
}
