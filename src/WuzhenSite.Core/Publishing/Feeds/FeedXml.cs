using System.Globalization;
using System.Text;
using System.Xml;

namespace WuzhenSite.Publishing.Feeds;

/// <summary>
/// Writes a <see cref="Feed"/> as Atom 1.0 (RFC 4287) or RSS 2.0. An entry's Atom <c>updated</c> is its
/// last change, so a reader shows a corrected story again; RSS keeps <c>pubDate</c> as the first
/// publication and adds <c>atom:updated</c> once an item has changed. Pure and deterministic: the
/// same feed gives the same bytes, UTF-8 without a byte order mark. Text goes through XmlWriter,
/// so markup in a title is escaped, never interpreted.
/// </summary>
public static class FeedXml
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The feed as an Atom document.</summary>
    public static byte[] Atom(Feed feed) => Write(w =>
    {
        w.WriteStartElement("feed", AtomNamespace);
        w.WriteAttributeString("xml", "lang", null, feed.Language);
        w.WriteElementString("id", AtomNamespace, feed.Id);
        w.WriteElementString("title", AtomNamespace, feed.Title);
        if (feed.Subtitle.Length > 0)
        {
            w.WriteElementString("subtitle", AtomNamespace, feed.Subtitle);
        }

        w.WriteElementString("updated", AtomNamespace, Rfc3339(feed.Updated));
        Link(w, "self", feed.SelfUrl, "application/atom+xml");
        Link(w, "alternate", feed.PageUrl, "text/html");
        w.WriteStartElement("author", AtomNamespace);
        w.WriteElementString("name", AtomNamespace, feed.Title);
        w.WriteEndElement();
        w.WriteElementString("generator", AtomNamespace, feed.Generator);
        foreach (var entry in feed.Entries)
        {
            w.WriteStartElement("entry", AtomNamespace);
            w.WriteElementString("id", AtomNamespace, entry.Id);
            w.WriteElementString("title", AtomNamespace, entry.Title);
            Link(w, "alternate", entry.Url, "text/html");
            w.WriteElementString("published", AtomNamespace, Rfc3339(entry.Published));
            w.WriteElementString("updated", AtomNamespace, Rfc3339(entry.Updated));
            foreach (var author in entry.Authors)
            {
                w.WriteStartElement("author", AtomNamespace);
                w.WriteElementString("name", AtomNamespace, author);
                w.WriteEndElement();
            }

            foreach (var category in entry.Categories)
            {
                w.WriteStartElement("category", AtomNamespace);
                w.WriteAttributeString("term", category);
                w.WriteEndElement();
            }

            if (entry.Summary.Length > 0)
            {
                w.WriteStartElement("summary", AtomNamespace);
                w.WriteAttributeString("type", "text");
                w.WriteString(entry.Summary);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    /// <summary>The feed as an RSS 2.0 document; <paramref name="rssUrl"/> is this file's own URL.</summary>
    public static byte[] Rss(Feed feed, string rssUrl) => Write(w =>
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        w.WriteStartElement("channel");
        w.WriteElementString("title", feed.Title);
        w.WriteElementString("link", feed.PageUrl);
        w.WriteElementString("description", feed.Subtitle.Length > 0 ? feed.Subtitle : feed.Title);
        w.WriteElementString("language", feed.Language);
        w.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
        w.WriteElementString("generator", feed.Generator);
        w.WriteStartElement("atom", "link", AtomNamespace);
        w.WriteAttributeString("href", rssUrl);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", "application/rss+xml");
        w.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            w.WriteStartElement("item");
            w.WriteElementString("title", entry.Title);
            w.WriteElementString("link", entry.Url);
            w.WriteStartElement("guid");
            w.WriteAttributeString("isPermaLink", "false");
            w.WriteString(entry.Id);
            w.WriteEndElement();
            w.WriteElementString("pubDate", Rfc822(entry.Published));
            if (entry.Updated > entry.Published)
            {
                // RSS 2.0 has no date of change; pubDate stays the first publication, and Atom's updated,
                // in the namespace the channel already declares, says when it changed for readers that look.
                w.WriteElementString("atom", "updated", AtomNamespace, Rfc3339(entry.Updated));
            }

            foreach (var author in entry.Authors)
            {
                // RSS wants an e-mail address in <author>; Dublin Core's creator is the usual name-only form.
                w.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", author);
            }

            foreach (var category in entry.Categories)
            {
                w.WriteElementString("category", category);
            }

            if (entry.Summary.Length > 0)
            {
                w.WriteElementString("description", entry.Summary);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    });

    /// <summary>An RFC 3339 timestamp in UTC (Atom's date format).</summary>
    public static string Rfc3339(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>An RFC 822 date (RSS's date format), in GMT.</summary>
    public static string Rfc822(DateTimeOffset value) => value.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", AtomNamespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    internal static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
