using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Options;
using RoomBot.Core.Commands;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Directory;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Conversation;

/// <summary>
/// A typed message: the reminders' own commands first, a typed pick of the latest numbered choices, then the parser — merging the answer into the user's
/// pending question when there is one — then the handler of the intent.
/// </summary>
public sealed class TextConversation(
    IChatParser parser,
    IWorkplaceDirectory directory,
    IPendingRequestStore pending,
    ICardStore cards,
    Clarifier clarifier,
    CardActionHandler cardActions,
    BookHandler book,
    CancelHandler cancel,
    MyBookingsHandler myBookings,
    RoomScheduleHandler roomSchedule,
    FreeRoomsHandler freeRooms,
    IEnumerable<IReminderConversation> reminderConversations,
    IOptions<RoomBotOptions> options)
{
    public async Task<IReadOnlyList<BotReply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        foreach (var reminders in reminderConversations)
        {
            if (await reminders.TryHandleTextAsync(turn.Message, ct) is { } handled)
            {
                return handled;
            }
        }

        var text = turn.Message.Text?.Trim() ?? "";
        var (rooms, users, unreachable) = await DirectoryAsync(ct);
        var asked = await pending.GetAsync(turn.UserId, turn.Now, ct);
        if (OrdinalAnswer.TryParse(text) is { } number)
        {
            if (asked is not null && RoomsNamedIn(asked.Clarify, rooms) is { Count: > 1 } named)
            {
                // The parser asked "Several rooms match: A, B. Which one?": "the second one" names B.
                text = number <= named.Count ? named[number - 1].Name : text;
            }
            else if (await cards.LatestOpenChoiceAsync(turn.UserId, turn.Now - options.Value.PendingQuestionLifetime, ct) is { } offer
                     && number <= offer.ChoiceKeys.Count)
            {
                if (asked is not null)
                {
                    // The pick answers the newer numbered card; an older question must not swallow the next message.
                    await pending.ClearAsync(turn.UserId, ct);
                }

                return await PickAsync(turn, offer, number, ct);
            }
        }

        var context = new ParseContext(turn.Now, turn.Zone, rooms, users, turn.UserId);
        var request = parser.Parse(text, context);
        if (unreachable is not null && request.Intent is not (Intent.Help or Intent.Unknown))
        {
            // Help needs no WeCom; anything else would be understood against an empty room list: report the failure.
            ExceptionDispatchInfo.Throw(unreachable);
        }

        if (asked is not null)
        {
            await pending.ClearAsync(turn.UserId, ct);
            if (!StandsAlone(request))
            {
                request = parser.MergeAnswer(asked, text, context);
            }
        }

        turn = turn with { Language = request.Language };
        if (request.Clarify is { Length: > 0 } question)
        {
            return await clarifier.AskAsync(request, question, turn, ct);
        }

        return request.Intent switch
        {
            Intent.Book => await book.HandleAsync(request, turn, ct),
            Intent.Cancel => await cancel.HandleAsync(request, turn, ct),
            Intent.MyBookings => await myBookings.HandleAsync(request, turn, ct),
            Intent.RoomSchedule => await roomSchedule.HandleAsync(request, turn, ct),
            Intent.FreeRooms => await freeRooms.HandleAsync(request, turn, ct),
            Intent.Help => HelpHandler.Reply(turn.Language),
            _ => HelpHandler.Reply(turn.Language, understood: false),
        };
    }

    /// <summary>The room list and the members, or empty lists and the failure when WeCom cannot be reached.</summary>
    private async Task<(IReadOnlyList<MeetingRoom> Rooms, IReadOnlyList<DirectoryUser> Users, Exception? Failure)> DirectoryAsync(
        CancellationToken ct)
    {
        try
        {
            return (await directory.RoomsAsync(ct), await directory.UsersAsync(ct), null);
        }
        catch (Exception ex) when (ex is WeComApiException or HttpRequestException or TimeoutException
                                       || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return ([], [], ex);
        }
    }

    /// <summary>
    /// "the first one" answers the bot's latest numbered choices as if its button had been clicked; there is no
    /// clicked card to update passively, so only the replies remain.
    /// </summary>
    private async Task<IReadOnlyList<BotReply>> PickAsync(Turn turn, CardRecord offer, int number, CancellationToken ct)
    {
        var click = turn.Message with
        {
            Kind = IncomingKind.CardAction, CardTaskId = offer.TaskId, ActionKey = offer.ChoiceKeys[number - 1], ResponseCode = null,
        };
        var replies = await cardActions.HandleAsync(click, turn with { Message = click }, ct);
        return replies.Where(r => r is not BotReply.UpdateButton and not BotReply.UpdateCard).ToList();
    }

    /// <summary>The rooms a question names, in the order it names them.</summary>
    private static List<MeetingRoom> RoomsNamedIn(string? question, IReadOnlyList<MeetingRoom> rooms) =>
        string.IsNullOrEmpty(question)
            ? []
            : rooms.Select(r => (Room: r, At: question.IndexOf(r.Name, StringComparison.OrdinalIgnoreCase)))
                .Where(x => x.At >= 0 && x.Room.Name.Length > 0)
                .OrderBy(x => x.At)
                .Select(x => x.Room)
                .ToList();

    /// <summary>
    /// A complete new request replaces the pending question ("cancel my 3pm booking" while the bot waits for a time);
    /// anything partial ("3pm", "room 2", "明天", "the first one") answers it.
    /// </summary>
    private static bool StandsAlone(ParsedRequest request) =>
        request.Clarify is null && request.Intent is not Intent.Unknown;
}
