using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Content.Publishing;

namespace WuzhenSite.Core.Tests.Content.Publishing;

public sealed class PublicationRulesTests
{
    private static readonly DateTimeOffset Now = new(2021, 9, 27, 12, 0, 0, TimeSpan.Zero);

    private static FrontMatterData Meta(string? date = null, string? publish = null, string? expiry = null, bool draft = false) => FrontMatterData.Empty with
    {
        Date = date is null ? null : FrontMatterDateParser.TryParse(date),
        PublishDate = publish is null ? null : FrontMatterDateParser.TryParse(publish),
        ExpiryDate = expiry is null ? null : FrontMatterDateParser.TryParse(expiry),
        Draft = draft,
    };

    [Theory]
    [InlineData("2021-09-26", null, null, false, PublicationState.Published)]
    [InlineData("2021-09-26", null, null, true, PublicationState.Draft)]
    [InlineData("2021-09-28", null, null, false, PublicationState.Scheduled)]
    [InlineData("2021-09-26", "2021-09-27T12:00:01Z", null, false, PublicationState.Scheduled)]
    [InlineData("2021-09-26", "2021-09-27T12:00:00Z", null, false, PublicationState.Published)]
    [InlineData("2021-09-26", null, "2021-09-27T12:00:00Z", false, PublicationState.Expired)]
    [InlineData("2021-09-26", null, "2021-09-28", false, PublicationState.Published)]
    [InlineData("2021-09-27T20:00:00+08:00", null, null, false, PublicationState.Published)]
    [InlineData("2021-09-27T21:00:00+08:00", null, null, false, PublicationState.Scheduled)]
    public void Drafts_scheduled_and_expired_documents_follow_the_clock(string date, string? publish, string? expiry, bool draft, PublicationState expected)
    {
        Assert.Equal(expected, PublicationRules.StateOf(Meta(date, publish, expiry, draft), Now));
    }
}
