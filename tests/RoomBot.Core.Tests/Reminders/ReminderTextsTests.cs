using System.Text;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;

namespace RoomBot.Core.Tests.Reminders;

public sealed class ReminderTextsTests
{
    private static readonly ReminderTexts Texts = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero); // 15:00 in Shanghai

    [Fact]
    public void Reminder_Chinese_RoomTimeSubjectBookerInTheZone()
    {
        var meeting = ReminderPlannerTests.Meeting(Start, null, "lisi", "sunqi");

        var text = Texts.Reminder(meeting, Start.AddMinutes(-10));

        Assert.Equal(
            "⏰ 会议提醒：10分钟后开始「周会」\n会议室：1号会议室（深圳 腾讯大厦 18F）\n时间：11月24日 周二 15:00–16:00\n" +
            "预订人：zhangsan\n参会人：lisi、sunqi",
            text);
    }

    [Fact]
    public void Reminder_English_RoomTimeSubjectBookerInTheZone()
    {
        var meeting = ReminderPlannerTests.Meeting(Start, null) with { Language = Language.English, Subject = "Design review" };

        var text = Texts.Reminder(meeting, Start.AddMinutes(-9.9));

        Assert.Equal(
            "⏰ Meeting in 10 min: Design review\nRoom: 1号会议室 (深圳 腾讯大厦 18F)\nTime: Tue 24 Nov 15:00–16:00\n" +
            "Booked by: zhangsan",
            text);
    }

    [Fact]
    public void When_EndsNextDay_ShowsBothDates()
    {
        var meeting = ReminderPlannerTests.Meeting(Start.AddHours(8), null) with { Language = Language.English };

        Assert.Equal("Tue 24 Nov 23:00–Wed 25 Nov 00:00", Texts.When(meeting));
    }

    [Fact]
    public void Released_ByTheBot_SaysNobodyCheckedIn()
    {
        var text = Texts.Released(ReminderPlannerTests.Meeting(Start, null), releasedBy: null, autoReleaseMinutes: 10);

        Assert.StartsWith("🟢 会议室已释放：1号会议室（深圳 腾讯大厦 18F），11月24日 周二 15:00–16:00。开始后10分钟内无人签到", text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_LongChineseText_CutsOnACharacterWithinTheLimit()
    {
        var text = ReminderTexts.Fit(new string('会', 1000));

        Assert.True(Encoding.UTF8.GetByteCount(text) <= ReminderTexts.MaxTextBytes);
        Assert.EndsWith("会…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AppChatName_ManyPeople_AtMostFiftyCharacters()
    {
        var members = Enumerable.Range(0, 20).Select(i => $"user{i}").ToList();

        var name = ReminderTexts.AppChatName(ReminderPlannerTests.Meeting(Start, null), members);

        Assert.Equal(50, name.Length);
        Assert.StartsWith("会议提醒 · user0, user1", name, StringComparison.Ordinal);
    }
}
