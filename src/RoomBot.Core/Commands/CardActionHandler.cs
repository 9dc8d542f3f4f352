using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomBot.Core.Booking;
using RoomBot.Core.Conversation;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Directory;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Commands;

/// <summary>
/// A click on one of the bot's cards (template_card_event). The callback ledger already drops WeCom's repeated
/// deliveries; this guards the action itself: a card is closed atomically before its action runs, so a second
/// distinct click — or a click on a card whose booking is gone — does nothing and says so.
/// </summary>
public sealed partial class CardActionHandler(
    ICardStore cards,
    IWorkplaceDirectory directory,
    Cancellation cancellation,
    BookHandler bookHandler,
    CancelHandler cancelHandler,
    IOptions<RoomBotOptions> options,
    ILogger<CardActionHandler> logger)
{
    public async Task<IReadOnlyList<BotReply>> HandleAsync(IncomingMessage click, Turn fallback, CancellationToken ct)
    {
        var card = click.CardTaskId is { Length: > 0 } taskId ? await cards.FindAsync(taskId, ct) : null;
        if (card is null || !CardActionKey.TryParse(click.ActionKey, out var action))
        {
            LogUnknownCard(logger, click.UserId, click.CardTaskId, click.ActionKey);
            return [new BotReply.Text(Phrases.Pick(fallback.Language,
                "This card is no longer valid. Tell me again what you need.", "这张卡片已失效，请重新告诉我你的需求。"))];
        }

        // Replies follow the language the card was written in.
        var turn = fallback with { Language = card.Language };
        return action.Kind == CardActionKind.Cancel
            ? await CancelFromCardAsync(card, action, turn, ct)
            : await ChooseAsync(card, action, turn, ct);
    }

    private async Task<IReadOnlyList<BotReply>> CancelFromCardAsync(CardRecord card, CardActionKey action, Turn turn, CancellationToken ct)
    {
        // The card's stored booking wins over the id in the button: a re-timed schedule re-booked by WeCom (doc 95333)
        // relinks the card to the new booking, but the button WeCom shows still carries the old id.
        action = action with { BookingId = card.BookingId ?? action.BookingId };
        var lang = turn.Language;
        var booker = card.Booker ?? card.UserId;
        if (turn.UserId != booker && !options.Value.Admins.Contains(turn.UserId))
        {
            LogNotAllowed(logger, turn.UserId, card.TaskId, booker);
            var name = RoomText.Person(booker, await directory.UsersAsync(ct));
            return [new BotReply.Text(Phrases.Pick(lang,
                $"Sorry, only {name} (who booked it) or an administrator can cancel this booking.",
                $"抱歉，只有预定人{name}或管理员可以取消这个预定。"))];
        }

        if (!await cards.TryCloseAsync(card.TaskId, CardState.Cancelled, ct))
        {
            return AlreadyCancelled(lang);
        }

        try
        {
            await cancellation.CancelAsync(action.BookingId, null, card.TaskId, ct);
        }
        catch (WeComApiException ex) when (ex.Kind == WeComErrorKind.Rejected)
        {
            // Refused: perhaps it was cancelled in the WeCom client already. Ask WeCom before telling the user.
            var now = await cancellation.LookUpAsync(action.RoomId, action.BookingId, ct);
            if (now is null or { Status: BookingStatus.Cancelled })
            {
                await cancellation.FollowCancelledAsync(action.BookingId, card.TaskId, ct);
                return AlreadyCancelled(lang);
            }

            await cards.ReopenAsync(card.TaskId, ct);
            LogCancelRefused(logger, action.BookingId, ex.ErrCode, ex.ErrMsg);
            return [new BotReply.Text(Phrases.Pick(lang,
                $"WeCom did not cancel it: {ex.ErrMsg}", $"企业微信未能取消：{ex.ErrMsg}"))];
        }
        catch
        {
            // Busy, rate-limited, timed out: the booking still stands, so the button must work again.
            await cards.ReopenAsync(card.TaskId, CancellationToken.None);
            throw;
        }

        var rooms = await directory.RoomsAsync(ct);
        var roomName = rooms.FirstOrDefault(r => r.MeetingRoomId == action.RoomId)?.Name ?? $"#{action.RoomId}";
        var when = card is { Start: { } s, End: { } e } ? " " + TimeText.Range(turn.Local(s), turn.Local(e), lang) : "";
        return
        [
            new BotReply.UpdateButton(Phrases.Pick(lang, "Cancelled", "已取消")),
            new BotReply.Text(Phrases.Pick(lang, $"Cancelled {roomName}{when}.", $"已取消{roomName}{when}。")),
        ];
    }

    /// <summary>A choice card: book an offered room, pick a booking to cancel, or cancel a date / a whole series.</summary>
    private async Task<IReadOnlyList<BotReply>> ChooseAsync(CardRecord card, CardActionKey action, Turn turn, CancellationToken ct)
    {
        var lang = turn.Language;
        if (turn.UserId != card.UserId)
        {
            return [new BotReply.Text(Phrases.Pick(lang, "Sorry, this choice was offered to someone else.", "抱歉，这是给其他人的选项。"))];
        }

        if (!await cards.TryCloseAsync(card.TaskId, CardState.Used, ct))
        {
            return [new BotReply.UpdateButton(Phrases.Pick(lang, "Done", "已处理")),
                new BotReply.Text(Phrases.Pick(lang, "That choice was already made.", "这个选项已经处理过了。"))];
        }

        IReadOnlyList<BotReply> result;
        try
        {
            result = await RunChoiceAsync(card, action, turn, ct);
        }
        catch
        {
            await cards.ReopenAsync(card.TaskId, CancellationToken.None);
            throw;
        }

        return [new BotReply.UpdateButton(Phrases.Pick(lang, "Chosen", "已选择")), .. result];
    }

    private async Task<IReadOnlyList<BotReply>> RunChoiceAsync(CardRecord card, CardActionKey action, Turn turn, CancellationToken ct)
    {
        var lang = turn.Language;
        var room = (await directory.RoomsAsync(ct)).FirstOrDefault(r => r.MeetingRoomId == action.RoomId);
        if (room is null)
        {
            return [new BotReply.Text(Phrases.Pick(lang, "That room no longer exists.", "该会议室已不存在。"))];
        }

        switch (action.Kind)
        {
            case CardActionKind.Book:
                var request = (card.Request ?? new Parsing.ParsedRequest()) with { MeetingRoomId = room.MeetingRoomId };
                return await bookHandler.BookRoomAsync(request, room,
                    turn.FromUnix(action.From), turn.FromUnix(action.To), turn, ct);
            case CardActionKind.Pick:
                var slot = await cancellation.LookUpAsync(room.MeetingRoomId, action.BookingId, ct);
                if (slot is null || slot.Status == BookingStatus.Cancelled)
                {
                    return [new BotReply.Text(Phrases.Pick(lang, "That booking was already cancelled.", "该预定已经取消了。"))];
                }

                return await cancelHandler.CancelOneAsync(new FoundBooking(room, slot), turn, null, ct);
            case CardActionKind.CancelDate:
                var day = turn.FromUnix(action.From);
                return await CancelSeriesAsync(action.BookingId, day, turn, Phrases.Pick(lang,
                    $"Cancelled {room.Name} on {TimeText.Day(day, lang)}; the rest of the series stays booked.",
                    $"已取消{room.Name}{TimeText.Day(day, lang)}的预定，其他日期保留。"), ct);
            default:
                return await CancelSeriesAsync(action.BookingId, null, turn, Phrases.Pick(lang,
                    $"Cancelled every date of {room.Name}'s series.", $"已取消{room.Name}整个周期预定。"), ct);
        }
    }

    private async Task<IReadOnlyList<BotReply>> CancelSeriesAsync(
        string seriesId, DateTimeOffset? day, Turn turn, string done, CancellationToken ct)
    {
        try
        {
            await cancellation.CancelAsync(seriesId, day, null, ct);
            return [new BotReply.Text(done)];
        }
        catch (WeComApiException ex) when (ex.Kind == WeComErrorKind.Rejected)
        {
            LogCancelRefused(logger, seriesId, ex.ErrCode, ex.ErrMsg);
            return [new BotReply.Text(Phrases.Pick(turn.Language, $"WeCom did not cancel it: {ex.ErrMsg}", $"企业微信未能取消：{ex.ErrMsg}"))];
        }
    }

    private static IReadOnlyList<BotReply> AlreadyCancelled(Parsing.Language lang) =>
    [
        new BotReply.UpdateButton(Phrases.Pick(lang, "Cancelled", "已取消")),
        new BotReply.Text(Phrases.Pick(lang, "This booking was already cancelled.", "这个预定已经取消了。")),
    ];

    [LoggerMessage(Level = LogLevel.Information, Message = "Click from {UserId} on unknown card {TaskId} ({ActionKey})")]
    private static partial void LogUnknownCard(ILogger logger, string userId, string? taskId, string? actionKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UserId} may not cancel card {TaskId} booked by {Booker}")]
    private static partial void LogNotAllowed(ILogger logger, string userId, string taskId, string booker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "cancel_book of {BookingId} refused: errcode {ErrCode}, {ErrMsg}")]
    private static partial void LogCancelRefused(ILogger logger, string bookingId, int errCode, string errMsg);
}
