namespace WuzhenSite.Liquid;

/// <summary>
/// A string that is already HTML and must not be escaped again when output. The <c>raw</c>, <c>escape</c>
/// and <c>json</c> filters and the <c>capture</c> tag produce these; hosts can wrap pre-rendered HTML
/// (e.g. a page body rendered from Markdown) so layouts can write <c>{{ content }}</c> without <c>| raw</c>.
/// </summary>
public sealed class LiquidHtml : IEquatable<LiquidHtml>
{
    /// <summary>Wraps trusted HTML.</summary>
    public LiquidHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        Html = html;
    }

    /// <summary>The HTML text, written to the output as is.</summary>
    public string Html { get; }

    /// <inheritdoc />
    public override string ToString() => Html;

    /// <inheritdoc />
    public bool Equals(LiquidHtml? other) => other is not null && string.Equals(Html, other.Html, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LiquidHtml);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Html);
}
