namespace WuzhenSite.Images.Resolving;

/// <summary>Where an image address written in a page points in the input folder.</summary>
public static class ImagePaths
{
    /// <summary>
    /// The path under the input folder that <paramref name="url"/>, written in the page at
    /// <paramref name="pageSource"/>, names: a site path (<c>/assets/photos/stage.jpg</c>) from the
    /// input folder, any other from the page's own folder (<c>stage.jpg</c> in a page bundle). Null
    /// when it climbs out of the input folder.
    /// </summary>
    public static string? InInput(string url, string pageSource)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(end < 0 ? url : url[..end]);
        var folder = pageSource.LastIndexOf('/') is var slash and >= 0 ? pageSource[..slash] : "";
        var segments = new List<string>();
        foreach (var segment in (path.StartsWith('/') ? path : folder + "/" + path).Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }
}
