using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Filters;

public sealed class StringFilterTests
{
    [Theory]
    [InlineData("{{ 'a' | append: 'b' }}", "ab")]
    [InlineData("{{ 'b' | prepend: 'a' }}", "ab")]
    [InlineData("{{ 1 | append: 2 }}", "12")]
    [InlineData("{{ 'Hello 世界' | upcase }}", "HELLO 世界")]
    [InlineData("{{ 'HeLLo' | downcase }}", "hello")]
    [InlineData("{{ 'my GREAT title' | capitalize }}", "My great title")]
    [InlineData("[{{ '  x  ' | strip }}]", "[x]")]
    [InlineData("[{{ '  x  ' | lstrip }}]", "[x  ]")]
    [InlineData("[{{ '  x  ' | rstrip }}]", "[  x]")]
    [InlineData("{{ s | strip_newlines }}", "abc")]
    [InlineData("{{ 'a-b-a' | replace: 'a', 'x' }}", "x-b-x")]
    [InlineData("{{ 'a-b-a' | replace_first: 'a', 'x' }}", "x-b-a")]
    [InlineData("{{ 'a-b-a' | replace_last: 'a', 'x' }}", "a-b-x")]
    [InlineData("{{ 'a-b-a' | replace: 'a' }}", "-b-")]
    [InlineData("{{ 'a-b-a' | remove: 'a' }}", "-b-")]
    [InlineData("{{ 'a-b-a' | remove_first: 'a' }}", "-b-a")]
    [InlineData("{{ 'a-b-a' | remove_last: 'a' }}", "a-b-")]
    [InlineData("{{ 'abc' | base64_encode }}", "YWJj")]
    [InlineData("{{ 'YWJj' | base64_decode }}", "abc")]
    public void String_filters_transform_text(string source, string expected)
    {
        Assert.Equal(expected, Templates.Render(source, ("s", "a\r\nb\nc")));
    }

    [Theory]
    [InlineData("a,b,c", ",", "a|b|c")]
    [InlineData("a,b,,", ",", "a|b")]
    [InlineData(",a", ",", "|a")]
    [InlineData("  one  two ", " ", "one|two")]
    [InlineData("abc", "", "a|b|c")]
    [InlineData("中文字", "", "中|文|字")]
    [InlineData("", ",", "")]
    public void Split_follows_ruby(string input, string separator, string expected)
    {
        Assert.Equal(expected, Templates.Render("{{ s | split: sep | join: '|' }}", ("s", input), ("sep", separator)));
    }

    [Theory]
    [InlineData("{{ 'Ground control to Major Tom.' | truncate: 20 }}", "Ground control to...")]
    [InlineData("{{ 'Ground control to Major Tom.' | truncate: 25, ', and so on' }}", "Ground control, and so on")]
    [InlineData("{{ 'Ground control to Major Tom.' | truncate: 20, '' }}", "Ground control to Ma")]
    [InlineData("{{ 'short' | truncate: 20 }}", "short")]
    [InlineData("{{ '乌镇是一个古镇' | truncate: 5, '…' }}", "乌镇是一…")]
    public void Truncate_counts_the_ellipsis(string source, string expected)
    {
        Assert.Equal(expected, Templates.Render(source));
    }

    [Theory]
    [InlineData("{{ 'Ground control to Major Tom.' | truncatewords: 3 }}", "Ground control to...")]
    [InlineData("{{ 'Ground control to Major Tom.' | truncatewords: 3, '--' }}", "Ground control to--")]
    [InlineData("{{ 'Ground  control' | truncatewords: 3 }}", "Ground  control")]
    [InlineData("{{ '  a   b  c ' | truncatewords: 2 }}", "a b...")]
    public void Truncatewords_keeps_whole_words(string source, string expected)
    {
        Assert.Equal(expected, Templates.Render(source));
    }

    [Theory]
    [InlineData("{{ 'Liquid' | slice: 0 }}", "L")]
    [InlineData("{{ 'Liquid' | slice: 2, 5 }}", "quid")]
    [InlineData("{{ 'Liquid' | slice: -3, 2 }}", "ui")]
    [InlineData("{{ 'Liquid' | slice: 10 }}", "")]
    [InlineData("{{ list | slice: 1, 2 | join: ',' }}", "b,c")]
    [InlineData("{{ list | slice: -1 | join: ',' }}", "d")]
    public void Slice_takes_substrings_and_sublists(string source, string expected)
    {
        Assert.Equal(expected, Templates.Render(source, ("list", new[] { "a", "b", "c", "d" })));
    }
}
