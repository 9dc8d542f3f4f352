using System.Globalization;
using Microsoft.AspNetCore.Http;
using RoomBot.Sandbox.Booking;
using RoomBot.Sandbox.Storage;

namespace RoomBot.Sandbox.Page;

/// <summary>The page's day view and its "WeCom client" actions: book, move through approval, cancel.</summary>
internal static class RoomHandlers
{
    public static async Task<IResult> DayAsync(
        string? date, CorpCalendar calendar, TimeProvider time, PageUsers users, SandboxClientActions client, CancellationToken ct)
    {
        DateOnly day;
        if (string.IsNullOrEmpty(date))
        {
            day = Today(calendar, time);
        }
        else if (!TryParseDate(date, out day))
        {
            return PageJson.BadRequest($"date '{date}' is not a date like 2026-11-24.");
        }

        var rooms = await client.DayAsync(day, ct);
        var views = rooms.Select(r => new RoomView(
            r.Room.MeetingRoomId, r.Room.Name, r.Room.Capacity, r.Room.City, r.Room.Building, r.Room.Floor, r.Room.NeedApproval,
            r.Bookings.OrderBy(b => b.StartTime).Select(b => ToView(b, calendar, users)).ToList())).ToList();
        return Results.Ok(new DayView(Format(day), calendar.Zone.Id, calendar.StartOfDay(day), calendar.StartOfDay(day.AddDays(1)), views));
    }

    public static async Task<IResult> BookAsync(
        HttpRequest request, CorpCalendar calendar, PageUsers users, SandboxClientActions client, CancellationToken ct)
    {
        var (body, error) = await PageJson.ReadAsync<ClientBookRequest>(request, ct);
        if (error is not null)
        {
            return error;
        }

        if (body!.MeetingRoomId is null)
        {
            return PageJson.BadRequest("meetingRoomId is required.");
        }

        if (users.Find(body.Booker) is null)
        {
            return PageJson.BadRequest(users.UnknownUserMessage(body.Booker).Replace("userId", "booker", StringComparison.Ordinal));
        }

        if (body.Date is null || !TryParseDate(body.Date, out var day))
        {
            return PageJson.BadRequest("date is required, like 2026-11-24.");
        }

        if (!TryParseClock(body.Start, out var startClock) || !TryParseClock(body.End, out var endClock))
        {
            return PageJson.BadRequest("start and end are required, as wall-clock times like 14:00.");
        }

        if (body.Subject is { Length: > 100 })
        {
            return PageJson.BadRequest("subject is longer than 100 characters.");
        }

        var start = calendar.ToUnix(day.ToDateTime(startClock));
        var end = calendar.ToUnix(day.ToDateTime(endClock));
        if (end <= start)
        {
            return PageJson.BadRequest("end must be after start.");
        }

        return await Run(async () =>
        {
            var booking = await client.BookAsync(body.MeetingRoomId.Value, start, end, body.Booker!, body.Subject, ct);
            return Results.Ok(ToView(booking, calendar, users));
        });
    }

    public static Task<IResult> AdvanceAsync(
        string bookingId, CorpCalendar calendar, PageUsers users, SandboxClientActions client, CancellationToken ct) =>
        Run(async () => Results.Ok(ToView(await client.AdvanceApprovalAsync(bookingId, ct), calendar, users)));

    public static Task<IResult> CancelAsync(string bookingId, SandboxClientActions client, CancellationToken ct) =>
        Run(async () =>
        {
            await client.CancelAsync(bookingId, ct);
            return Results.NoContent();
        });

    internal static DateOnly Today(CorpCalendar calendar, TimeProvider time) => calendar.DayOf(time.GetUtcNow().ToUnixTimeSeconds());

    internal static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The booking rules refuse with WeCom's errcode/errmsg (and change nothing); the page shows the errmsg.
    private static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (SandboxException ex)
        {
            var detail = $"{ex.ErrMsg} (errcode {ex.ErrCode})";
            return ex.ErrCode is SandboxErrors.RoomNotFound or SandboxErrors.BookingNotFound
                ? PageJson.NotFound(detail)
                : PageJson.BadRequest(detail);
        }
    }

    private static BookingView ToView(SandboxBooking b, CorpCalendar calendar, PageUsers users) => new(
        b.BookingId, b.StartTime, b.EndTime, Clock(calendar, b.StartTime), Clock(calendar, b.EndTime), b.Booker, users.NameOf(b.Booker),
        (int)b.Status, b.Subject);

    private static string Clock(CorpCalendar calendar, long unix) => calendar.LocalOf(unix).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static bool TryParseDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static bool TryParseClock(string? text, out TimeOnly clock)
    {
        clock = default;
        return text is not null
            && TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out clock);
    }
}
