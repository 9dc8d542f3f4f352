namespace RoomBot.Core.Reminders;

/// <summary>Which jobs a booking gets and when: the rules of issue 6 in one place, free of storage and clock.</summary>
public static class ReminderPlanner
{
    /// <summary>
    /// The booker's card always; the app group chat when the booking has attendees; the named group robot when the
    /// request named one; the release check when auto-release is on. A reminder whose lead time has already passed
    /// goes out at once; a meeting that has started gets nothing (its people are already there).
    /// </summary>
    public static IReadOnlyList<PlannedJob> Plan(ScheduledMeeting meeting, RemindersOptions options, DateTimeOffset now)
    {
        if (meeting.Start <= now)
        {
            return [];
        }

        var remindAt = meeting.Start.AddMinutes(-options.LeadMinutes);
        if (remindAt < now)
        {
            remindAt = now;
        }

        var jobs = new List<PlannedJob> { new(ReminderJobKind.BookerCard, remindAt) };
        if (GroupMembers(meeting).Count >= 2)
        {
            jobs.Add(new(ReminderJobKind.AppChatReminder, remindAt));
        }

        if (!string.IsNullOrWhiteSpace(meeting.ReminderGroup))
        {
            jobs.Add(new(ReminderJobKind.WebhookReminder, remindAt));
        }

        if (options.AutoReleaseMinutes is { } minutes)
        {
            jobs.Add(new(ReminderJobKind.AutoRelease, meeting.Start.AddMinutes(minutes)));
        }

        return jobs;
    }

    /// <summary>"The room is free again" to every group the reminder went to, and to the booker when the bot released.</summary>
    public static IReadOnlyList<PlannedJob> ReleaseNotices(ScheduledMeeting meeting, bool releasedByBot, DateTimeOffset now)
    {
        var jobs = new List<PlannedJob>();
        if (GroupMembers(meeting).Count >= 2)
        {
            jobs.Add(new(ReminderJobKind.AppChatReleased, now));
        }

        if (!string.IsNullOrWhiteSpace(meeting.ReminderGroup))
        {
            jobs.Add(new(ReminderJobKind.WebhookReleased, now));
        }

        if (releasedByBot)
        {
            jobs.Add(new(ReminderJobKind.BookerReleased, now));
        }

        return jobs;
    }

    /// <summary>Booker and attendees, each once, in a stable order (the identity of their app group chat).</summary>
    public static IReadOnlyList<string> GroupMembers(ScheduledMeeting meeting) =>
        meeting.Attendees.Prepend(meeting.Booker)
            .Where(u => !string.IsNullOrWhiteSpace(u))
            .Select(u => u.Trim())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string MembersKey(IReadOnlyList<string> members) => string.Join('|', members);
}
