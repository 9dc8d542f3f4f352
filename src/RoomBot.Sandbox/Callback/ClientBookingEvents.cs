using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoomBot.Sandbox.Feed;

namespace RoomBot.Sandbox.Callback;

/// <summary>
/// Bookings made or cancelled "in the WeCom client" (the page's client actions) reach the bot as WeCom reports them:
/// book_meeting_room / cancel_meeting_room events carrying the booking's id (doc 95333), so the bot can keep its own state in sync.
/// </summary>
internal sealed partial class ClientBookingEvents(
    ISandboxFeed feed,
    IServiceScopeFactory scopes,
    ILogger<ClientBookingEvents> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var e in feed.SubscribeAsync(stoppingToken))
            {
                var eventName = e.Kind switch
                {
                    SandboxEventKind.BookedInClient => "book_meeting_room",
                    SandboxEventKind.CancelledInClient => "cancel_meeting_room",
                    _ => null,
                };
                if (eventName is null || e.UserId is null || e.MeetingRoomId is null)
                {
                    continue;
                }

                // Not awaited: a slow bot (up to 4 × 5 s) must not hold up the events behind this one.
                _ = FireAsync(eventName, e.UserId, e.MeetingRoomId.Value, e.BookingId, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task FireAsync(string eventName, string userId, int meetingRoomId, string? bookingId, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var deliverer = scope.ServiceProvider.GetRequiredService<CallbackDeliverer>();
            await deliverer.MeetingRoomEventAsync(eventName, userId, meetingRoomId, bookingId, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, eventName, meetingRoomId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not fire {EventName} for room {MeetingRoomId}")]
    private static partial void LogFailed(ILogger logger, Exception ex, string eventName, int meetingRoomId);
}
