using WuzhenSite.Content.FrontMatter;

namespace WuzhenSite.Content.Publishing;

/// <summary>Whether a document is published now: not a draft, not scheduled for later, not expired.</summary>
public static class PublicationRules
{
    /// <summary>When a document goes live: its <c>publishDate</c>, or without one its <c>date</c> (a date in the future schedules it too, as in Hugo).</summary>
    public static DateTimeOffset? PublishAt(FrontMatterData meta) => (meta.PublishDate ?? meta.Date)?.Value;

    /// <summary>Why a document is left out, or <see cref="PublicationState.Published"/>.</summary>
    public static PublicationState StateOf(FrontMatterData meta, DateTimeOffset now)
    {
        if (meta.Draft)
        {
            return PublicationState.Draft;
        }

        if (PublishAt(meta) is { } publish && publish > now)
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
