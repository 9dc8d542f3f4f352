using System.Text.RegularExpressions;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Tests.Reminders;

public sealed class ReminderCardTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MeetingReminder_English_CheckInAndReleaseButtonsForTheBooking()
    {
        var meeting = ReminderPlannerTests.Meeting(Start, null, "lisi") with { Language = Language.English };

        var card = CardFactory.MeetingReminder(meeting, "Tue 24 Nov 15:00–16:00", 10, 15,
            ReminderActionKeys.CardTaskId(42, Start));

        Assert.Equal("button_interaction", card.CardType);
        Assert.Equal(["Check in", "Release"], card.ButtonList!.Select(b => b.Text));
        Assert.Equal(["checkin:b1", "release:b1"], card.ButtonList!.Select(b => b.Key));
        Assert.Equal("Check in within 15 min of the start, or the room is released.", card.SubTitleText);
        Assert.Equal(["Room", "Where", "Time", "With"], card.HorizontalContentList!.Select(f => f.KeyName));
    }

    [Fact]
    public void CardTaskId_Always_WithinWeComRules()
    {
        var taskId = ReminderActionKeys.CardTaskId(long.MaxValue, Start);

        // doc 90236: unique per app, at most 128 bytes of 0-9a-zA-Z_-@.
        Assert.Matches(new Regex("^[0-9a-zA-Z_\\-@]{1,128}$"), taskId);
    }

    [Theory]
    [InlineData("checkin:b-1", true, false, "b-1")]
    [InlineData("release:b-1", true, true, "b-1")]
    [InlineData("release:", false, true, "")]
    [InlineData("book:1", false, false, "")]
    public void TryParse_Key_FindsButtonAndBooking(string key, bool ok, bool isRelease, string bookingId)
    {
        Assert.Equal(ok, ReminderActionKeys.TryParse(key, out var release, out var id));
        Assert.Equal(isRelease, release);
        Assert.Equal(bookingId, id);
    }
}
