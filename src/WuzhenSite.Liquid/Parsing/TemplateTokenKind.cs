namespace WuzhenSite.Liquid.Parsing;

/// <summary>The kinds of top-level pieces a template splits into.</summary>
internal enum TemplateTokenKind
{
    /// <summary>Literal text between markup.</summary>
    Text,

    /// <summary><c>{{ ... }}</c>.</summary>
    Output,

    /// <summary><c>{% ... %}</c>.</summary>
    Tag,

    /// <summary>A whole <c>{% raw %}...{% endraw %}</c> block; its text range is the literal body.</summary>
    Raw,

    /// <summary>A whole <c>{% comment %}...{% endcomment %}</c> block or an inline <c>{% # ... %}</c>; renders nothing.</summary>
    Comment,
}
