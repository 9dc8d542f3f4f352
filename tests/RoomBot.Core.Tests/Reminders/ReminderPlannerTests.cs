using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;

namespace RoomBot.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Plan_AttendeesGroupAndAutoRelease_EveryChannelAtLeadTime()
    {
        var meeting = Meeting(Now.AddHours(1), "design", "lisi");

        var jobs = ReminderPlanner.Plan(meeting, new RemindersOptions { LeadMinutes = 15, AutoReleaseMinutes = 10 }, Now);

        Assert.Equal(
            [
                new PlannedJob(ReminderJobKind.BookerCard, Now.AddMinutes(45)),
                new PlannedJob(ReminderJobKind.AppChatReminder, Now.AddMinutes(45)),
                new PlannedJob(ReminderJobKind.WebhookReminder, Now.AddMinutes(45)),
                new PlannedJob(ReminderJobKind.AutoRelease, Now.AddMinutes(70)),
            ],
            jobs);
    }

    [Fact]
    public void Plan_BookerAlone_OnlyTheCard()
    {
        var jobs = ReminderPlanner.Plan(Meeting(Now.AddHours(1), null), new RemindersOptions(), Now);

        Assert.Equal([new PlannedJob(ReminderJobKind.BookerCard, Now.AddMinutes(50))], jobs);
    }

    [Fact]
    public void Plan_StartWithinLeadTime_RemindsNow()
    {
        var jobs = ReminderPlanner.Plan(Meeting(Now.AddMinutes(3), null), new RemindersOptions(), Now);

        Assert.Equal(Now, Assert.Single(jobs).DueAt);
    }

    [Fact]
    public void Plan_AlreadyStarted_Nothing()
    {
        var jobs = ReminderPlanner.Plan(Meeting(Now, null, "lisi"), new RemindersOptions { AutoReleaseMinutes = 5 }, Now);

        Assert.Empty(jobs);
    }

    [Fact]
    public void GroupMembers_BookerAmongAttendees_EachOnceSorted()
    {
        var members = ReminderPlanner.GroupMembers(Meeting(Now, null, "sunqi", "zhangsan", " lisi ", ""));

        Assert.Equal(["lisi", "sunqi", "zhangsan"], members);
    }

    [Fact]
    public void ReleaseNotices_ByBooker_GroupsOnly()
    {
        var notices = ReminderPlanner.ReleaseNotices(Meeting(Now, "design", "lisi"), releasedByBot: false, Now);

        Assert.Equal([ReminderJobKind.AppChatReleased, ReminderJobKind.WebhookReleased], notices.Select(n => n.Kind));
    }

    internal static ScheduledMeeting Meeting(DateTimeOffset start, string? group, params string[] attendees) =>
        new("b1", 1, "1号会议室", "深圳 腾讯大厦 18F", start, start.AddHours(1), "zhangsan", attendees, "周会", group,
            Language.Chinese);
}
