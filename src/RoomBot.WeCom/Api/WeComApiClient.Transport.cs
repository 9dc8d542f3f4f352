using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RoomBot.WeCom.Contracts;

namespace RoomBot.WeCom.Api;

/// <summary>The one place where WeCom answers become results, retries or <see cref="WeComApiException"/>s.</summary>
public sealed partial class WeComApiClient
{
    /// <summary>
    /// One WeCom call with the retry rules of wecom-protocol.md §3: a refused token (40001/40014/42001) is dropped and the
    /// call retried once with a fresh one; -1 is retried with backoff at most <see cref="MaxBusyRetries"/> times; anything
    /// else non-zero (45009 included) throws at once. A call refused with an errcode was not carried out, so these retries
    /// are safe even for bookings. Without any WeCom answer (HTTP error, not JSON, timeout) we cannot know whether a write
    /// happened: a book retried after a timeout could double-book, so only reads are retried then; a write surfaces as
    /// errcode -1 and the caller re-queries before trying again.
    /// </summary>
    private async Task<T> CallAsync<T>(
        string path, object? body, Safety safety, CancellationToken ct, IReadOnlyList<KeyValuePair<string, string>>? query = null)
        where T : WeComResponse
    {
        var tokenRetried = false;
        var busyRetries = 0;
        while (true)
        {
            var attempt = await SendOnceAsync<T>(path, body, query, ct).ConfigureAwait(false);
            if (attempt.Answer is not { } answer)
            {
                if (safety == Safety.Read && busyRetries < MaxBusyRetries)
                {
                    await BackOffAsync(path, WeComErrors.Busy, ++busyRetries, ct).ConfigureAwait(false);
                    continue;
                }
                LogNoAnswer(logger, path, attempt.Failure);
                throw new WeComApiException(WeComErrors.Busy, "WeCom gave " + attempt.Failure, path);
            }
            if (answer.ErrCode == 0)
                return answer;

            switch (WeComErrors.Classify(answer.ErrCode))
            {
                case WeComErrorKind.InvalidToken when !tokenRetried && attempt.UsedToken is not null:
                    LogTokenRefused(logger, path, answer.ErrCode);
                    tokens.Invalidate(attempt.UsedToken);
                    tokenRetried = true;
                    continue;
                case WeComErrorKind.Busy when busyRetries < MaxBusyRetries:
                    await BackOffAsync(path, answer.ErrCode, ++busyRetries, ct).ConfigureAwait(false);
                    continue;
                default:
                    LogCallFailed(logger, path, answer.ErrCode, answer.ErrMsg);
                    throw new WeComApiException(answer.ErrCode, answer.ErrMsg, path);
            }
        }
    }

    /// <summary>One HTTP exchange: WeCom's JSON answer, or why there is none.</summary>
    private async Task<Attempt<T>> SendOnceAsync<T>(
        string path, object? body, IReadOnlyList<KeyValuePair<string, string>>? query, CancellationToken ct)
        where T : WeComResponse
    {
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, WeComUri.Build(baseAddress.BaseAddress, path, query));
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: WeComJson.Options);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            request.Options.TryGetValue(AccessTokenHandler.UsedTokenKey, out var usedToken);
            if (!response.IsSuccessStatusCode)
                return new(null, usedToken, "HTTP " + (int)response.StatusCode + " " + response.ReasonPhrase);
            var answer = await response.Content.ReadFromJsonAsync<T>(WeComJson.Options, ct).ConfigureAwait(false);
            return new(answer, usedToken, answer is null ? "an empty answer" : "");
        }
        catch (HttpRequestException ex)
        {
            return new(null, null, "no answer (" + ex.HttpRequestError + ")");
        }
        catch (JsonException)
        {
            return new(null, null, "an answer that is not WeCom JSON");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(null, null, "no answer within " + http.Timeout.TotalSeconds + " s");
        }
    }

    private Task BackOffAsync(string path, int errCode, int attempt, CancellationToken ct)
    {
        var delay = FirstBusyDelay * (1 << (attempt - 1));
        LogRetrying(logger, path, errCode, attempt, delay.TotalMilliseconds);
        return Task.Delay(delay, time, ct);
    }

    private readonly record struct Attempt<T>(T? Answer, string? UsedToken, string Failure) where T : class;

    private enum Safety
    {
        /// <summary>Changes nothing: safe to repeat after a lost answer.</summary>
        Read,
        /// <summary>Books, cancels, sends: never repeated unless WeCom said it did not do it.</summary>
        Write,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom {Path} answered errcode {ErrCode}; retry {Attempt} in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, string path, int errCode, int attempt, double delayMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "WeCom {Path} refused the access token (errcode {ErrCode}); fetching a new one and retrying once")]
    private static partial void LogTokenRefused(ILogger logger, string path, int errCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom {Path} failed: errcode {ErrCode}, {ErrMsg}")]
    private static partial void LogCallFailed(ILogger logger, string path, int errCode, string? errMsg);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom {Path} gave {Failure}")]
    private static partial void LogNoAnswer(ILogger logger, string path, string failure);
}
