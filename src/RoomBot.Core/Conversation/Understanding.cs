using System.Runtime.ExceptionServices;
using RoomBot.Core.Directory;
using RoomBot.Core.Parsing;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Conversation;

/// <summary>
/// The parser's reading of this turn's message, made once per turn (a scoped service: one per callback turn) against
/// the room list and the directory, so every route that looks at it sees the same request.
/// </summary>
public sealed class Understanding(IChatParser parser, IWorkplaceDirectory directory)
{
    private ParseContext? _context;
    private Exception? _unreachable;
    private ParsedRequest? _parsed;

    /// <summary>The message as a request of its own.</summary>
    public async Task<ParsedRequest> ParseAsync(Turn turn, CancellationToken ct)
    {
        if (_parsed is null)
        {
            var context = await ContextAsync(turn, ct);
            _parsed = parser.Parse(turn.Text, context);
        }

        if (_unreachable is not null && _parsed.Intent is not (Intent.Help or Intent.Unknown))
        {
            // Help needs no WeCom; anything else would be understood against an empty room list: report the failure.
            ExceptionDispatchInfo.Throw(_unreachable);
        }

        return _parsed;
    }

    /// <summary>The message as the answer to <paramref name="pending"/>'s question (<paramref name="answer"/> may be a room's name for a typed pick).</summary>
    public async Task<ParsedRequest> MergeAsync(ParsedRequest pending, string answer, Turn turn, CancellationToken ct)
    {
        var context = await ContextAsync(turn, ct);
        if (_unreachable is not null)
        {
            ExceptionDispatchInfo.Throw(_unreachable);
        }

        return parser.MergeAnswer(pending, answer, context);
    }

    /// <summary>The room list; empty when WeCom cannot be reached (then parsing a request reports it).</summary>
    public async Task<IReadOnlyList<MeetingRoom>> RoomsAsync(Turn turn, CancellationToken ct) => (await ContextAsync(turn, ct)).Rooms;

    /// <summary>The directory's members; empty when WeCom cannot be reached.</summary>
    public async Task<IReadOnlyList<DirectoryUser>> UsersAsync(Turn turn, CancellationToken ct) => (await ContextAsync(turn, ct)).Users;

    private async Task<ParseContext> ContextAsync(Turn turn, CancellationToken ct)
    {
        if (_context is null)
        {
            IReadOnlyList<MeetingRoom> rooms = [];
            IReadOnlyList<DirectoryUser> users = [];
            try
            {
                rooms = await directory.RoomsAsync(ct);
                users = await directory.UsersAsync(ct);
            }
            catch (Exception ex) when (ex is WeComApiException or HttpRequestException or TimeoutException
                                           || (ex is TaskCanceledException && !ct.IsCancellationRequested))
            {
                _unreachable = ex;
            }

            _context = new ParseContext(turn.Now, turn.Zone, rooms, users, turn.UserId);
        }

        return _context;
    }
}
