using System.Collections.Concurrent;
using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Reminders;

/// <summary>
/// Carries out one claimed job through the WeCom API. A WeCom error propagates as <see cref="WeComApiException"/>
/// and the runner retries the job later; everything else about the job is decided here.
/// </summary>
internal sealed class ReminderDelivery(
    IWeComApi api,
    IReminderStore store,
    IAppChatStore chats,
    WebhookGroups webhookGroups,
    ReminderTexts texts,
    RemindersOptions options,
    TimeProvider time,
    ILogger<ReminderDelivery> logger)
{
    // Creating a chat is rare; one at a time keeps two bookings of the same people from creating two chats.
    private readonly SemaphoreSlim chatCreation = new(1, 1);

    // A chat's id never changes, so each instance remembers the ones it has seen.
    private readonly ConcurrentDictionary<string, string> knownChats = new(StringComparer.Ordinal);

    public async Task DeliverAsync(ReminderJob job, ScheduledMeeting meeting, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        switch (job.Kind)
        {
            case ReminderJobKind.AppChatReminder:
                await SendToAppChatAsync(meeting, texts.Reminder(meeting, now), ct);
                break;
            case ReminderJobKind.WebhookReminder:
                await SendToWebhookAsync(meeting, texts.Reminder(meeting, now), ct);
                break;
            case ReminderJobKind.BookerCard:
                var card = CardFactory.MeetingReminder(meeting, texts.When(meeting),
                    ReminderTexts.MinutesUntil(meeting.Start, now), options.AutoReleaseMinutes,
                    ReminderActionKeys.CardTaskId(job.Id, meeting.Start));
                await api.SendMessageAsync(AppMessage.ForCard(meeting.Booker, card), ct);
                break;
            case ReminderJobKind.AutoRelease:
                await ReleaseNoShowAsync(meeting, now, ct);
                break;
            case ReminderJobKind.AppChatReleased:
                await SendToAppChatAsync(meeting, await ReleasedTextAsync(meeting, ct), ct);
                break;
            case ReminderJobKind.WebhookReleased:
                await SendToWebhookAsync(meeting, await ReleasedTextAsync(meeting, ct), ct);
                break;
            case ReminderJobKind.BookerReleased:
                await api.SendMessageAsync(
                    AppMessage.ForText(meeting.Booker, texts.ReleasedForBooker(meeting, options.AutoReleaseMinutes)), ct);
                break;
            default:
                throw new InvalidOperationException($"Unknown reminder job kind {job.Kind}.");
        }
    }

    private async Task ReleaseNoShowAsync(ScheduledMeeting meeting, DateTimeOffset now, CancellationToken ct)
    {
        // Marked first, in one atomic update that also requires "nobody checked in", so a Check in click or a Release
        // click racing this job never ends with a checked-in room cancelled or cancel_book called twice.
        if (!await store.TryBeginReleaseAsync(meeting.BookingId, releasedBy: null, now, ct))
        {
            return;
        }

        try
        {
            await api.CancelBookAsync(new CancelBookRequest { BookingId = meeting.BookingId }, ct);
        }
        catch
        {
            await store.UndoReleaseAsync(meeting.BookingId, CancellationToken.None);
            throw;
        }

        await store.CompleteReleaseAsync(meeting.BookingId,
            ReminderPlanner.ReleaseNotices(meeting, releasedByBot: true, now), ct);
        logger.Released(meeting.BookingId, meeting.MeetingRoomId);
    }

    private async Task<string> ReleasedTextAsync(ScheduledMeeting meeting, CancellationToken ct)
    {
        var state = await store.FindAsync(meeting.BookingId, ct);
        return texts.Released(meeting, state?.ReleasedBy, options.AutoReleaseMinutes);
    }

    private async Task SendToAppChatAsync(ScheduledMeeting meeting, string text, CancellationToken ct)
    {
        var chatId = await AppChatAsync(meeting, ct);
        // Text, not markdown: every WeCom client shows it, and appchat/send has no @-mentions either way (doc 90248).
        await api.SendAppChatAsync(AppChatMessage.ForText(chatId, text), ct);
    }

    private async Task SendToWebhookAsync(ScheduledMeeting meeting, string text, CancellationToken ct)
    {
        var group = meeting.ReminderGroup ?? "";
        if (await webhookGroups.FindKeyAsync(group, ct) is not { } key)
        {
            logger.UnknownGroup(group, meeting.BookingId);
            return;
        }

        // mentioned_list only works with msgtype text (doc 91770).
        var mentioned = meeting.Attendees.Count > 0 ? meeting.Attendees : null;
        await api.SendWebhookAsync(key, WebhookMessage.ForText(text, mentioned), ct);
    }

    /// <summary>The chat of exactly these people: stored, or created with appchat/create (doc 90245) and stored.</summary>
    private async Task<string> AppChatAsync(ScheduledMeeting meeting, CancellationToken ct)
    {
        var members = ReminderPlanner.GroupMembers(meeting);
        var key = ReminderPlanner.MembersKey(members);
        if (knownChats.TryGetValue(key, out var remembered))
        {
            return remembered;
        }

        if (await chats.FindAsync(key, ct) is { } known)
        {
            return knownChats[key] = known;
        }

        await chatCreation.WaitAsync(ct);
        try
        {
            if (await chats.FindAsync(key, ct) is { } created)
            {
                return knownChats[key] = created;
            }

            var chatId = await api.CreateAppChatAsync(new AppChatCreateRequest
            {
                Name = ReminderTexts.AppChatName(meeting, members),
                Owner = meeting.Booker,
                UserList = members,
            }, ct);
            logger.AppChatCreated(chatId, members.Count);
            return knownChats[key] = await chats.SaveAsync(key, chatId, time.GetUtcNow(), ct);
        }
        finally
        {
            chatCreation.Release();
        }
    }
}
