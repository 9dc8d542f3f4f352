using RoomBot.Core.Booking;
using RoomBot.Core.Conversation;
using RoomBot.Core.Parsing;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Replies;

public static partial class CardFactory
{
    /// <summary>90236: at most 6 horizontal_content_list items and 6 buttons.</summary>
    private const int MaxItems = 6;

    /// <summary>
    /// The confirmation of a booking: room and location, the times as WeCom booked them, attendees, subject, the days
    /// a series could not be booked, and a Cancel button whose key names the booking.
    /// </summary>
    public static TemplateCard Booked(
        BookedMeeting meeting, string taskId, Language language, IReadOnlyList<DirectoryUser> users, Recurrence? recurrence)
    {
        string L(string en, string zh) => Phrases.Pick(language, en, zh);
        var fields = new List<CardField>
        {
            new() { KeyName = L("Room", "会议室"), Value = meeting.Room.Name },
            new() { KeyName = L("Location", "地点"), Value = RoomText.Location(meeting.Room) },
            new() { KeyName = L("Time", "时间"), Value = TimeText.Range(meeting.Start, meeting.End, language) },
            new()
            {
                KeyName = L("Attendees", "参会人"),
                Value = meeting.Attendees.Count == 0 ? "—" : RoomText.People(meeting.Attendees, users, L(", ", "、")),
            },
            new() { KeyName = L("Subject", "主题"), Value = meeting.Subject },
        };
        if (meeting.ConflictDates.Count > 0)
        {
            fields.Add(new()
            {
                KeyName = L("Not booked", "未订上"),
                Value = string.Join(L(", ", "、"), meeting.ConflictDates.Select(d => TimeText.Day(d, language))),
            });
        }

        return new TemplateCard
        {
            CardType = "button_interaction",
            Source = Source(language),
            MainTitle = new CardTitle
            {
                Title = meeting.IsSeries ? L("Recurring room booked", "已预定周期会议室") : L("Room booked", "会议室已预定"),
                Desc = meeting.Online ? L("With an online meeting", "含线上会议") : null,
            },
            SubTitleText = SeriesText(meeting, recurrence, language),
            HorizontalContentList = fields.Take(MaxItems).ToList(),
            TaskId = taskId,
            ButtonList =
            [
                new CardButton
                {
                    Text = meeting.IsSeries ? L("Cancel series", "取消全部") : L("Cancel", "取消预定"),
                    Style = 3,
                    Key = CardActionKey.Cancel(meeting.Room.MeetingRoomId, meeting.BookingId).ToString(),
                },
            ],
        };
    }

    private static string? SeriesText(BookedMeeting meeting, Recurrence? recurrence, Language language)
    {
        if (!meeting.IsSeries || recurrence is null)
        {
            return null;
        }

        var every = recurrence.Frequency switch
        {
            RecurrenceFrequency.Daily => Phrases.Pick(language, "every day", "每天"),
            RecurrenceFrequency.Workdays => Phrases.Pick(language, "every workday", "每个工作日"),
            RecurrenceFrequency.Monthly => Phrases.Pick(language, "every month", "每月"),
            _ => Phrases.Pick(language, "every week", "每周"),
        };
        var conflicts = meeting.ConflictDates.Count == 0
            ? Phrases.Pick(language, "All dates booked.", "所有日期均已订上。")
            : Phrases.Pick(language,
                $"{meeting.ConflictDates.Count} date(s) could not be booked (room taken).",
                $"有{meeting.ConflictDates.Count}天会议室已被占用，未能预定。");
        return Phrases.Pick(language, $"Repeats {every}. ", $"重复：{every}。") + conflicts;
    }

    private static CardSource Source(Language language) =>
        new() { Desc = Phrases.Pick(language, "RoomBot", "会议室助手"), DescColor = 0 };
}
