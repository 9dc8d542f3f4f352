using System.Text.RegularExpressions;
using RoomBot.Core.Conversation;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Reminders;

/// <summary>Check in / Release clicks on the booker's reminder card, and "add group NAME KEY" / "添加群 NAME KEY".</summary>
public sealed partial class ReminderConversation(
    IReminderStore store,
    IWebhookGroupStore webhookStore,
    WebhookGroups webhookGroups,
    IWeComApi api,
    TimeProvider time,
    ReminderWakeUp wakeUp) : IReminderConversation
{
    public bool CanHandleAction(string actionKey) => ReminderActionKeys.TryParse(actionKey, out _, out _);

    public async Task<IReadOnlyList<BotReply>> HandleActionAsync(IncomingMessage click, CancellationToken ct)
    {
        if (!ReminderActionKeys.TryParse(click.ActionKey, out var isRelease, out var bookingId))
        {
            return [];
        }

        var known = await store.FindAsync(bookingId, ct);
        if (known is null || known.CancelledAt is not null)
        {
            return [new BotReply.UpdateButton(ReminderPhrases.Cancelled(known?.Meeting.Language ?? Language.Chinese))];
        }

        return isRelease
            ? await ReleaseAsync(known, click.UserId, ct)
            : await CheckInAsync(known, click.UserId, ct);
    }

    public async Task<IReadOnlyList<BotReply>?> TryHandleTextAsync(IncomingMessage text, CancellationToken ct)
    {
        if (text.Text is null)
        {
            return null;
        }

        var match = EnglishAddGroup().Match(text.Text);
        var language = Language.English;
        if (!match.Success)
        {
            match = ChineseAddGroup().Match(text.Text);
            language = Language.Chinese;
        }

        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim('"', '“', '”', '「', '」');
        if (webhookGroups.FindConfigured(name) is not null)
        {
            return [new BotReply.Text(ReminderPhrases.GroupConfigured(language, name))];
        }

        if (WebhookGroups.ParseKey(match.Groups["key"].Value) is not { } key)
        {
            return [new BotReply.Text(ReminderPhrases.BadKey(language))];
        }

        await webhookStore.SaveAsync(WebhookGroups.Normalize(name), key, text.UserId, time.GetUtcNow(), ct);
        return [new BotReply.Text(ReminderPhrases.GroupAdded(language, name))];
    }

    private async Task<IReadOnlyList<BotReply>> CheckInAsync(ReminderMeeting known, string userId, CancellationToken ct)
    {
        var meeting = known.Meeting;
        if (!ReminderPlanner.GroupMembers(meeting).Contains(userId, StringComparer.Ordinal))
        {
            return [new BotReply.Text(ReminderPhrases.NotYours(meeting.Language))];
        }

        return await store.CheckInAsync(meeting.BookingId, userId, time.GetUtcNow(), ct) switch
        {
            CheckInResult.CheckedIn or CheckInResult.AlreadyCheckedIn =>
                [new BotReply.UpdateButton(ReminderPhrases.CheckedIn(meeting.Language))],
            CheckInResult.Released => [new BotReply.UpdateButton(ReminderPhrases.Released(meeting.Language))],
            _ => [new BotReply.UpdateButton(ReminderPhrases.Cancelled(meeting.Language))],
        };
    }

    private async Task<IReadOnlyList<BotReply>> ReleaseAsync(ReminderMeeting known, string userId, CancellationToken ct)
    {
        var meeting = known.Meeting;
        if (!string.Equals(meeting.Booker, userId, StringComparison.Ordinal))
        {
            return [new BotReply.Text(ReminderPhrases.OnlyBookerReleases(meeting.Language))];
        }

        var now = time.GetUtcNow();
        if (!await store.TryBeginReleaseAsync(meeting.BookingId, userId, now, ct))
        {
            // Released already (a repeated click, or the auto-release got there first): say so, cancel nothing twice.
            return [new BotReply.UpdateButton(ReminderPhrases.Released(meeting.Language))];
        }

        try
        {
            await api.CancelBookAsync(new CancelBookRequest { BookingId = meeting.BookingId }, ct);
        }
        catch (WeComApiException ex)
        {
            await store.UndoReleaseAsync(meeting.BookingId, CancellationToken.None);
            return [new BotReply.Text(ReminderPhrases.ReleaseFailed(meeting.Language, ex.ErrCode, ex.ErrMsg))];
        }
        catch
        {
            await store.UndoReleaseAsync(meeting.BookingId, CancellationToken.None);
            throw;
        }

        await store.CompleteReleaseAsync(meeting.BookingId,
            ReminderPlanner.ReleaseNotices(meeting, releasedByBot: false, now), ct);
        wakeUp.Notify();
        return [new BotReply.UpdateButton(ReminderPhrases.Released(meeting.Language))];
    }

    [GeneratedRegex(@"^\s*(?:add|register)\s+(?:group|webhook|robot)\s+(?<name>\S+)\s+(?<key>\S+)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAddGroup();

    [GeneratedRegex(@"^\s*(?:添加群机器人|添加群组|添加群|注册群)\s*(?<name>\S+)\s+(?<key>\S+)\s*$")]
    private static partial Regex ChineseAddGroup();
}
