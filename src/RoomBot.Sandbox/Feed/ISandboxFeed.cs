namespace RoomBot.Sandbox.Feed;

/// <summary>In-process pub/sub: the chat page listens to it for live updates, the callback side for client actions.</summary>
public interface ISandboxFeed
{
    void Publish(SandboxEvent e);

    /// <summary>Every event published after the call, until <paramref name="ct"/> is cancelled.</summary>
    IAsyncEnumerable<SandboxEvent> SubscribeAsync(CancellationToken ct);
}
