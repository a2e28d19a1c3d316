using WuzhenSite.Content.FrontMatter;

namespace WuzhenSite.Content.Publishing;

/// <summary>Whether a document is published now: not a draft, not scheduled for later, not expired.</summary>
public static class PublicationRules
{
    /// <summary>Why a document is left out, or <see cref="PublicationState.Published"/>.</summary>
    public static PublicationState StateOf(FrontMatterData meta, DateTimeOffset now)
    {
        if (meta.Draft)
        {
            return PublicationState.Draft;
        }

        // A date in the future schedules the document too, as in Hugo.
        var publishAt = meta.PublishDate ?? meta.Date;
        if (publishAt is { } publish && publish.Value > now)
        {
            return PublicationState.Scheduled;
        }

        return meta.ExpiryDate is { } expiry && expiry.Value <= now ? PublicationState.Expired : PublicationState.Published;
    }
}

/// <summary>Publication state of a document.</summary>
public enum PublicationState
{
    /// <summary>Built.</summary>
    Published,

    /// <summary><c>draft: true</c>.</summary>
    Draft,

    /// <summary>Publish date in the future.</summary>
    Scheduled,

    /// <summary>Expiry date passed.</summary>
    Expired,
}
