using System.Collections.Concurrent;
using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Reminders;

/// <summary>
/// Carries out one claimed job through the WeCom API. A WeCom error propagates as <see cref="WeComApiException"/>
/// and the runner retries the job later; everything else about the job is decided here. The API client comes with
/// each call: it is a typed HttpClient (transient), which a singleton must not hold for good.
/// </summary>
internal sealed class ReminderDelivery(
    IReminderStore store,
    IAppChatStore chats,
    WebhookGroups webhookGroups,
    ReminderTexts texts,
    RemindersOptions options,
    TimeProvider time,
    ILogger<ReminderDelivery> logger)
{
    // A chat's id never changes, so each instance remembers the ones it has found or created.
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> knownChats = new(StringComparer.Ordinal);

    public async Task DeliverAsync(IWeComApi api, ReminderJob job, ReminderMeeting state, CancellationToken ct)
    {
        var meeting = state.Meeting;
        var now = time.GetUtcNow();
        switch (job.Kind)
        {
            case ReminderJobKind.AppChatReminder:
                await SendToAppChatAsync(api, meeting, texts.Reminder(meeting, now), ct);
                break;
            case ReminderJobKind.WebhookReminder:
                await SendToWebhookAsync(api, meeting, texts.Reminder(meeting, now), ct);
                break;
            case ReminderJobKind.BookerCard:
                var card = CardFactory.MeetingReminder(meeting, texts.When(meeting),
                    ReminderTexts.MinutesUntil(meeting.Start, now), options.AutoReleaseMinutes,
                    ReminderActionKeys.CardTaskId(job.Id, meeting.Start));
                await api.SendMessageAsync(AppMessage.ForCard(meeting.Booker, card), ct);
                break;
            case ReminderJobKind.AutoRelease:
                await ReleaseNoShowAsync(api, meeting, now, ct);
                break;
            case ReminderJobKind.AppChatReleased:
                await SendToAppChatAsync(api, meeting, ReleasedText(state), ct);
                break;
            case ReminderJobKind.WebhookReleased:
                await SendToWebhookAsync(api, meeting, ReleasedText(state), ct);
                break;
            case ReminderJobKind.BookerReleased:
                await api.SendMessageAsync(
                    AppMessage.ForText(meeting.Booker, texts.ReleasedForBooker(meeting, options.AutoReleaseMinutes)), ct);
                break;
            default:
                throw new InvalidOperationException($"Unknown reminder job kind {job.Kind}.");
        }
    }

    private async Task ReleaseNoShowAsync(IWeComApi api, ScheduledMeeting meeting, DateTimeOffset now, CancellationToken ct)
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

    // The runner loaded the state after claiming this notice, and the notice was stored only once the release was.
    private string ReleasedText(ReminderMeeting state) =>
        texts.Released(state.Meeting, state.ReleasedBy, options.AutoReleaseMinutes);

    private async Task SendToAppChatAsync(IWeComApi api, ScheduledMeeting meeting, string text, CancellationToken ct)
    {
        var chatId = await AppChatAsync(api, meeting, ct);
        // Text, not markdown: every WeCom client shows it, and appchat/send has no @-mentions either way (doc 90248).
        await api.SendAppChatAsync(AppChatMessage.ForText(chatId, text), ct);
    }

    private async Task SendToWebhookAsync(IWeComApi api, ScheduledMeeting meeting, string text, CancellationToken ct)
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
    private async Task<string> AppChatAsync(IWeComApi api, ScheduledMeeting meeting, CancellationToken ct)
    {
        var members = ReminderPlanner.GroupMembers(meeting);
        var key = ReminderPlanner.MembersKey(members);
        // One lookup-or-create per set of people at a time: two bookings of the same people never create two chats,
        // and different people's chats are created side by side.
        var pending = knownChats.GetOrAdd(key, _ => new Lazy<Task<string>>(() => FindOrCreateAsync(api, meeting, members, key)));
        try
        {
            return await pending.Value.WaitAsync(ct);
        }
        catch (Exception) when (pending.Value.IsFaulted || pending.Value.IsCanceled)
        {
            knownChats.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(key, pending));
            throw;
        }
    }

    private async Task<string> FindOrCreateAsync(IWeComApi api, ScheduledMeeting meeting, IReadOnlyList<string> members, string key)
    {
        // Not the caller's token: the result is shared with other jobs of the same people.
        if (await chats.FindAsync(key, CancellationToken.None) is { } known)
        {
            return known;
        }

        var chatId = await api.CreateAppChatAsync(new AppChatCreateRequest
        {
            Name = ReminderTexts.AppChatName(meeting, members),
            Owner = meeting.Booker,
            UserList = members,
        }, CancellationToken.None);
        logger.AppChatCreated(chatId, members.Count);
        return await chats.SaveAsync(key, chatId, time.GetUtcNow(), CancellationToken.None);
    }
}
