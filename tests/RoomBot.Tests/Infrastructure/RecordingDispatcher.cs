using RoomBot.Core.Conversation;
using RoomBot.Core.Replies;

namespace RoomBot.Tests.Infrastructure;

/// <summary>A dispatcher that records every turn and answers with a fixed reply, optionally held until released or failing.</summary>
public sealed class RecordingDispatcher(params BotReply[] replies) : IConversationDispatcher
{
    private readonly List<IncomingMessage> _seen = [];
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, turns wait for it before answering.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public IReadOnlyList<IncomingMessage> Seen
    {
        get
        {
            lock (_seen)
            {
                return _seen.ToArray();
            }
        }
    }

    /// <summary>When set, turns throw it (after the gate) instead of answering.</summary>
    public Exception? Failure { get; set; }

    public Task Entered => _entered.Task;

    public async Task<IReadOnlyList<BotReply>> DispatchAsync(IncomingMessage message, CancellationToken ct)
    {
        lock (_seen)
        {
            _seen.Add(message);
        }

        _entered.TrySetResult();
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(ct);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }

        return replies;
    }
}
