using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Replies;

public static partial class CardFactory
{
    /// <summary>
    /// The booker's 1:1 reminder: a button_interaction card (doc 90236) with Check in and Release. Group chats cannot
    /// carry buttons (appchat/send and webhook/send have no interactive cards), so only the booker gets these.
    /// </summary>
    public static TemplateCard MeetingReminder(ScheduledMeeting meeting, string when, int minutesToStart,
        int? autoReleaseMinutes, string taskId)
    {
        var zh = meeting.Language == Language.Chinese;
        var fields = new List<CardField>
        {
            new() { KeyName = zh ? "会议室" : "Room", Value = meeting.RoomName },
            new() { KeyName = zh ? "时间" : "Time", Value = when },
        };
        if (!string.IsNullOrWhiteSpace(meeting.RoomLocation))
        {
            fields.Insert(1, new() { KeyName = zh ? "位置" : "Where", Value = meeting.RoomLocation });
        }

        if (meeting.Attendees.Count > 0)
        {
            fields.Add(new() { KeyName = zh ? "参会人" : "With", Value = string.Join(zh ? "、" : ", ", meeting.Attendees) });
        }

        return new TemplateCard
        {
            CardType = "button_interaction",
            Source = new CardSource { Desc = zh ? "会议提醒" : "Meeting reminder", DescColor = 0 },
            MainTitle = new CardTitle
            {
                Title = zh ? $"{minutesToStart}分钟后开会" : $"Your meeting starts in {minutesToStart} min",
                Desc = meeting.Subject,
            },
            SubTitleText = autoReleaseMinutes is { } n
                ? zh ? $"请在开始后{n}分钟内签到，否则会议室将被释放。" : $"Check in within {n} min of the start, or the room is released."
                : null,
            HorizontalContentList = fields,
            TaskId = taskId,
            ButtonList =
            [
                new CardButton { Text = zh ? "签到" : "Check in", Style = 1, Key = ReminderActionKeys.CheckIn(meeting.BookingId) },
                new CardButton { Text = zh ? "释放会议室" : "Release", Style = 3, Key = ReminderActionKeys.Release(meeting.BookingId) },
            ],
        };
    }
}
