using RoomBot.Core.Conversation;

namespace RoomBot.Core.Tests.Conversation;

public sealed class CardActionKeyTests
{
    public static TheoryData<CardActionKey> Keys => new()
    {
        CardActionKey.Cancel(2, "bkebsada6e027c123cbafAAA"),
        CardActionKey.Book(7, new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 11, 25, 16, 0, 0, TimeSpan.FromHours(8))),
        CardActionKey.Pick(1, "bk1"),
        CardActionKey.CancelDate(3, "series1", new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(8))),
        CardActionKey.CancelSeries(3, "series1"),
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void TryParse_FormattedKey_RoundTrips(CardActionKey key)
    {
        Assert.True(CardActionKey.TryParse(key.ToString(), out var parsed));
        Assert.Equal(key, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("checkin:bk1")]
    [InlineData("cancel:x:bk1")]
    [InlineData("cancel:2:")]
    [InlineData("book:2:abc:1")]
    public void TryParse_ForeignOrBrokenKey_False(string? key) => Assert.False(CardActionKey.TryParse(key, out _));
}
