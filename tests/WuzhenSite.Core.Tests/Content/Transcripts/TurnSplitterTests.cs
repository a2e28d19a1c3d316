using WuzhenSite.Content.Transcripts;

namespace WuzhenSite.Core.Tests.Content.Transcripts;

public sealed class TurnSplitterTests
{
    [Fact]
    public void A_line_holding_only_a_label_and_a_colon_starts_a_turn()
    {
        var source = TurnSplitter.Split("Hu Kaihong:\n\nGood afternoon.\n\nWelcome.\n\nRen Xianliang:\n\nThank you.\n", 10);

        Assert.Equal(["Hu Kaihong", "Ren Xianliang"], source.Turns.Select(t => t.Label));
        Assert.Equal("Good afternoon.\n\nWelcome.", source.Turns[0].Markdown);
        Assert.Equal([10, 16], source.Turns.Select(t => t.Line));
        Assert.All(source.Turns, t => Assert.Equal(TurnForm.LabelLine, t.Form));
    }

    [Fact]
    public void The_full_width_colon_works_for_chinese_labels()
    {
        var source = TurnSplitter.Split("胡凯红：\n\n女士们，先生们，下午好。\n\n任贤良：\n\n谢谢。\n", 1);

        Assert.Equal(["胡凯红", "任贤良"], source.Turns.Select(t => t.Label));
        Assert.Equal("女士们，先生们，下午好。", source.Turns[0].Markdown);
    }

    [Theory]
    [InlineData("**Ren Xianliang:** Ladies and gentlemen, welcome.")]
    [InlineData("**Ren Xianliang**: Ladies and gentlemen, welcome.")]
    [InlineData("**Ren Xianliang：** Ladies and gentlemen, welcome.")]
    public void A_paragraph_beginning_with_a_bold_label_starts_a_turn(string paragraph)
    {
        var source = TurnSplitter.Split($"{paragraph}\n\nSecond paragraph.\n", 1);

        var turn = Assert.Single(source.Turns);
        Assert.Equal("Ren Xianliang", turn.Label);
        Assert.Equal("Ladies and gentlemen, welcome.\n\nSecond paragraph.", turn.Markdown);
        Assert.Equal(TurnForm.BoldLabel, turn.Form);
    }

    [Fact]
    public void Text_before_the_first_turn_is_the_introduction()
    {
        var source = TurnSplitter.Split("The briefing began at three.\n\nModerator:\n\nWelcome.\n", 1);

        Assert.Equal("The briefing began at three.", source.Introduction);
        Assert.Equal("Moderator", Assert.Single(source.Turns).Label);
    }

    [Fact]
    public void A_sentence_ending_in_a_colon_is_not_a_turn()
    {
        var source = TurnSplitter.Split("Ren Xianliang:\n\nThe plan has three parts:\n\n1. one\n2. two\n", 1);

        var turn = Assert.Single(source.Turns);
        Assert.Contains("The plan has three parts:", turn.Markdown);
    }

    [Fact]
    public void A_known_name_counts_as_a_label_even_if_it_does_not_look_like_one()
    {
        var source = TurnSplitter.Split("mr ren:\n\nHello.\n", 1, name => name == "mr ren");

        Assert.Equal("mr ren", Assert.Single(source.Turns).Label);
    }

    [Fact]
    public void Labels_inside_code_blocks_are_text()
    {
        var source = TurnSplitter.Split("Moderator:\n\n```\nNot A Turn:\n```\n", 1);

        var turn = Assert.Single(source.Turns);
        Assert.Contains("Not A Turn:", turn.Markdown);
    }

    [Fact]
    public void Outlets_and_bracketed_labels_are_turns()
    {
        var source = TurnSplitter.Split("China Daily:\n\nA question.\n\nReporter (Xinhua News Agency):\n\nAnother.\n", 1);

        Assert.Equal(["China Daily", "Reporter (Xinhua News Agency)"], source.Turns.Select(t => t.Label));
    }
}
