using Microsoft.Extensions.Options;
using RoomBot.Core.Conversation;
using RoomBot.Core.Parsing;
using RoomBot.WeCom;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Booking;

/// <summary>
/// Books one room through the call the request needs — <c>book</c>; <c>oa/schedule/add</c> + <c>book_by_schedule</c>
/// for a series; <c>meeting/create</c> + <c>book_by_meeting</c> for an online meeting — then reads the booking back,
/// because WeCom rounds the times (93620). Never retries a booking call itself: a retry could double-book.
/// </summary>
public sealed class BookingService(IWeComApi api, IOptions<WeComOptions> weCom)
{
    public async Task<BookedMeeting> BookAsync(
        ParsedRequest request, MeetingRoom room, DateTimeOffset start, DateTimeOffset end, string booker, string subject,
        Turn turn, CancellationToken ct)
    {
        var attendees = request.Attendees.Where(a => a != booker).Distinct().ToList();
        string bookingId;
        IReadOnlyList<long> conflicts = [];
        if (request.OnlineMeeting)
        {
            var meetingId = await api.CreateMeetingAsync(new MeetingCreateRequest
            {
                AdminUserId = booker,
                Title = subject,
                MeetingStart = start.ToUnixTimeSeconds(),
                // 99104: meeting_duration is at least 300 seconds.
                MeetingDuration = Math.Max(300, (long)(end - start).TotalSeconds),
                Invitees = new MeetingInvitees(attendees),
                AgentId = weCom.Value.AgentId,
                Reminders = request.Recurrence is { } r ? Repeat(r, turn) : null,
            }, ct);
            var booked = await api.BookByMeetingAsync(new BookByMeetingRequest
            {
                MeetingRoomId = room.MeetingRoomId, MeetingId = meetingId, Booker = booker,
            }, ct);
            (bookingId, conflicts) = (booked.BookingId, booked.ConflictDate);
        }
        else if (request.Recurrence is { } recurrence)
        {
            var scheduleId = await api.AddScheduleAsync(new ScheduleAddRequest
            {
                Schedule = new ScheduleSpec
                {
                    Organizer = booker,
                    StartTime = start.ToUnixTimeSeconds(),
                    EndTime = end.ToUnixTimeSeconds(),
                    Attendees = attendees.Select(a => new ScheduleAttendee(a)).ToList(),
                    Summary = subject,
                    Location = room.Name,
                    Reminders = Repeat(recurrence, turn),
                },
                AgentId = weCom.Value.AgentId,
            }, ct);
            var booked = await api.BookByScheduleAsync(new BookByScheduleRequest
            {
                MeetingRoomId = room.MeetingRoomId, ScheduleId = scheduleId, Booker = booker,
            }, ct);
            (bookingId, conflicts) = (booked.BookingId, booked.ConflictDate);
        }
        else
        {
            var booked = await api.BookAsync(new BookRequest
            {
                MeetingRoomId = room.MeetingRoomId,
                Subject = subject,
                StartTime = start.ToUnixTimeSeconds(),
                EndTime = end.ToUnixTimeSeconds(),
                Booker = booker,
                Attendees = attendees,
            }, ct);
            bookingId = booked.BookingId;
        }

        var (actualStart, actualEnd) = await ReadBackAsync(room.MeetingRoomId, bookingId, start, end, turn, ct);
        return new BookedMeeting(bookingId, room, actualStart, actualEnd, booker, attendees, subject)
        {
            IsSeries = request.Recurrence is not null,
            Online = request.OnlineMeeting,
            ConflictDates = conflicts.Select(c => turn.DayOf(DateTimeOffset.FromUnixTimeSeconds(c))).Distinct().Order().ToList(),
        };
    }

    /// <summary>
    /// The times WeCom really booked (bookinfo/get). When the read-back itself fails the booking still stands, so the
    /// request's times rounded the way 93620 rounds them are shown instead of failing the turn.
    /// </summary>
    private async Task<(DateTimeOffset Start, DateTimeOffset End)> ReadBackAsync(
        int roomId, string bookingId, DateTimeOffset start, DateTimeOffset end, Turn turn, CancellationToken ct)
    {
        try
        {
            var info = await api.GetBookInfoAsync(new BookInfoRequest { MeetingRoomId = roomId, BookingId = bookingId }, ct);
            if (info.Schedule is { } slot)
            {
                return (turn.FromUnix(slot.StartTime), turn.FromUnix(slot.EndTime));
            }
        }
        catch (WeComApiException)
        {
            // Fall through to the rounded request.
        }

        return (turn.FromUnix(Slots.RoundDown(start.ToUnixTimeSeconds())), turn.FromUnix(Slots.RoundUp(end.ToUnixTimeSeconds())));
    }

    /// <summary>93648 repeat settings: repeat_type 0 daily, 1 weekly, 2 monthly, 7 workdays.</summary>
    private static ScheduleReminders Repeat(Recurrence recurrence, Turn turn) => new()
    {
        IsRepeat = 1,
        RepeatType = recurrence.Frequency switch
        {
            RecurrenceFrequency.Daily => 0,
            RecurrenceFrequency.Weekly => 1,
            RecurrenceFrequency.Monthly => 2,
            RecurrenceFrequency.Workdays => 7,
            _ => 1,
        },
        RepeatUntil = recurrence.Until is { } until
            ? turn.StartOf(turn.DayOf(until).AddDays(1)).ToUnixTimeSeconds() - 1
            : null,
        IsCustomRepeat = recurrence.Interval > 1 ? 1 : null,
        RepeatInterval = recurrence.Interval > 1 ? recurrence.Interval : null,
    };
}
