using System.Collections.Concurrent;

namespace RoomBot.WeCom.Api;

/// <summary>
/// access_token per (corpid, secret) (doc 91039): refreshed 5 minutes before it expires, one gettoken at a time
/// (concurrent callers share the same fetch and its outcome), dropped when WeCom revokes it early.
/// </summary>
public sealed class AccessTokenCache(TimeProvider time)
{
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    /// <summary>
    /// After WeCom refuses gettoken (wrong secret, IP not trusted, ...) the same answer is rethrown for this long:
    /// repeated wrong secrets ban the caller's IP for an hour (wecom-protocol.md §3).
    /// </summary>
    public static readonly TimeSpan RefusalBackoff = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<(string CorpId, string Secret), Entry> _entries = new();

    /// <summary>The current token, fetched with <paramref name="fetch"/> when there is none or it is about to expire.</summary>
    /// <exception cref="WeComApiException">gettoken failed; never retried here.</exception>
    public async Task<string> GetAsync(
        string corpId, string secret, Func<CancellationToken, Task<AccessToken>> fetch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var entry = _entries.GetOrAdd((corpId, secret), _ => new Entry());
        TaskCompletionSource<Cached>? owner = null;
        Task<Cached> pending;
        lock (entry)
        {
            var now = time.GetUtcNow();
            if (entry.Current is { } current && now < current.RefreshAt)
                return current.Token;
            if (entry.Refusal is { } refusal && now < entry.RefusedUntil)
                throw refusal;
            // Single flight: the first caller starts the fetch, everyone else awaits the same task.
            if (entry.Pending is null)
            {
                owner = new TaskCompletionSource<Cached>(TaskCreationOptions.RunContinuationsAsynchronously);
                entry.Pending = owner.Task;
            }
            pending = entry.Pending;
        }
        // The fetch runs on its own (it records every outcome in the task, never throws) and without the caller's
        // token, so one caller giving up neither waits for it nor fails the others.
        if (owner is not null)
            _ = FetchAsync(entry, owner, fetch);
        var fresh = await pending.WaitAsync(ct).ConfigureAwait(false);
        return fresh.Token;
    }

    /// <summary>Drops <paramref name="token"/> if it is still the current one (a newer token is kept).</summary>
    public void Invalidate(string token)
    {
        foreach (var entry in _entries.Values)
        {
            lock (entry)
            {
                if (entry.Current?.Token == token)
                    entry.Current = null;
            }
        }
    }

    private async Task FetchAsync(Entry entry, TaskCompletionSource<Cached> owner, Func<CancellationToken, Task<AccessToken>> fetch)
    {
        try
        {
            var token = await fetch(CancellationToken.None).ConfigureAwait(false);
            var lifetime = token.ExpiresIn;
            // A short-lived token (WeCom says 7200 s) is refreshed at half its life instead.
            var refreshAfter = lifetime > 2 * RefreshMargin ? lifetime - RefreshMargin : lifetime / 2;
            var cached = new Cached(token.Value, time.GetUtcNow() + refreshAfter);
            lock (entry)
            {
                entry.Current = cached;
                entry.Refusal = null;
                entry.Pending = null;
            }
            owner.SetResult(cached);
        }
        catch (Exception ex)
        {
            lock (entry)
            {
                entry.Pending = null;
                if (ex is WeComApiException { ErrCode: not WeComErrors.Busy } refusal)
                {
                    entry.Refusal = refusal;
                    entry.RefusedUntil = time.GetUtcNow() + RefusalBackoff;
                }
            }
            owner.SetException(ex);
        }
    }

    private sealed record Cached(string Token, DateTimeOffset RefreshAt);

    private sealed class Entry
    {
        public Cached? Current { get; set; }
        public Task<Cached>? Pending { get; set; }
        public WeComApiException? Refusal { get; set; }
        public DateTimeOffset RefusedUntil { get; set; }
    }
}

/// <summary>A token as gettoken returned it.</summary>
public sealed record AccessToken(string Value, TimeSpan ExpiresIn);
