using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace RoomBot.Tests.Instances;

/// <summary>
/// Put in front of the sandbox's <c>oa/meetingroom/book</c>: while holding, book requests wait at WeCom's door; a
/// request whose caller died meanwhile never reaches the sandbox (WeCom never saw it). Counts what passed.
/// </summary>
internal sealed class BookHold : IStartupFilter
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _released = Released();
    private int _waiting;
    private int _forwarded;
    private int _dropped;

    public int Waiting => Volatile.Read(ref _waiting);
    public int Forwarded => Volatile.Read(ref _forwarded);
    public int Dropped => Volatile.Read(ref _dropped);

    private static TaskCompletionSource Released()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    public void Hold()
    {
        lock (_gate)
        {
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            _released.TrySetResult();
        }
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            if (context.Request.Path.Value?.EndsWith("/oa/meetingroom/book", StringComparison.Ordinal) == true)
            {
                Task released;
                lock (_gate)
                {
                    released = _released.Task;
                }

                Interlocked.Increment(ref _waiting);
                try
                {
                    await released.WaitAsync(context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref _dropped);
                    return;
                }
                finally
                {
                    Interlocked.Decrement(ref _waiting);
                }

                if (context.RequestAborted.IsCancellationRequested)
                {
                    Interlocked.Increment(ref _dropped);
                    return;
                }

                Interlocked.Increment(ref _forwarded);
            }

            await following(context);
        });
        next(app);
    };
}
