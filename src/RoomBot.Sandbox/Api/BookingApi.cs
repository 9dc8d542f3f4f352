using RoomBot.Sandbox.Booking;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Api;

/// <summary>The six booking calls of doc 93620, mapped from JSON to the rules engine in <c>Booking/</c>.</summary>
internal static class BookingApi
{
    public static async Task<WeComResponse> GetBookingInfoAsync(ApiContext c)
    {
        var b = c.Body;
        var query = new BookingInfoQuery
        {
            MeetingRoomId = b.OptionalInt("meetingroom_id"),
            StartTime = b.OptionalLong("start_time"),
            EndTime = b.OptionalLong("end_time"),
            City = b.OptionalString("city"),
            Building = b.OptionalString("building"),
            Floor = b.OptionalString("floor"),
        };
        return new BookingInfoResponse { BookingList = await c.Service<BookingQueries>().GetBookingInfoAsync(query, c.Aborted) };
    }

    public static async Task<WeComResponse> BookAsync(ApiContext c)
    {
        var b = c.Body;
        var request = new BookRequest
        {
            MeetingRoomId = b.RequiredInt("meetingroom_id"),
            Subject = b.OptionalString("subject"),
            StartTime = b.RequiredLong("start_time"),
            EndTime = b.RequiredLong("end_time"),
            Booker = b.RequiredString("booker"),
            Attendees = b.OptionalStringList("attendees"),
        };
        return await c.Service<BookingCommands>().BookAsync(request, c.Aborted);
    }

    public static async Task<WeComResponse> BookByScheduleAsync(ApiContext c)
    {
        var b = c.Body;
        var request = new BookByScheduleRequest
        {
            MeetingRoomId = b.RequiredInt("meetingroom_id"),
            ScheduleId = b.RequiredString("schedule_id"),
            Booker = b.RequiredString("booker"),
        };
        return await c.Service<SeriesBookingCommands>().BookByScheduleAsync(request, c.Aborted);
    }

    public static async Task<WeComResponse> BookByMeetingAsync(ApiContext c)
    {
        var b = c.Body;
        var request = new BookByMeetingRequest
        {
            MeetingRoomId = b.RequiredInt("meetingroom_id"),
            MeetingId = b.RequiredString("meetingid"),
            Booker = b.RequiredString("booker"),
        };
        return await c.Service<SeriesBookingCommands>().BookByMeetingAsync(request, c.Aborted);
    }

    public static async Task<WeComResponse> CancelAsync(ApiContext c)
    {
        var b = c.Body;
        var keep = b.OptionalInt("keep_schedule");
        if (keep is not (null or 0 or 1))
        {
            throw JsonBody.Invalid("keep_schedule must be 0 or 1");
        }

        var request = new CancelBookRequest { BookingId = b.RequiredString("booking_id"), KeepSchedule = keep, CancelDate = b.OptionalLong("cancel_date") };
        await c.Service<CancelCommands>().CancelAsync(request, c.Aborted);
        return new WeComResponse();
    }

    public static async Task<WeComResponse> BookInfoAsync(ApiContext c)
    {
        var b = c.Body;
        var request = new BookInfoRequest { MeetingRoomId = b.RequiredInt("meetingroom_id"), BookingId = b.RequiredString("booking_id") };
        return await c.Service<BookingQueries>().GetBookInfoAsync(request, c.Aborted);
    }
}
