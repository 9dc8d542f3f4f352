using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Web;
using RoomBot.WeCom.Api;

namespace RoomBot.WeCom.Tests.Api;

/// <summary>A recorded WeCom: answers queued JSON per API path and hands out tok1, tok2, ... from gettoken.</summary>
public sealed class StubWeCom : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(HttpStatusCode Status, string Body)>> _answers = new();
    private int _tokens;

    /// <summary>When set, gettoken waits for it (to hold concurrent callers at the fetch).</summary>
    public TaskCompletionSource? TokenGate { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public int TokenFetches => Volatile.Read(ref _tokens);

    public IReadOnlyList<RecordedRequest> Calls(string path) => Requests.Where(r => r.Path == path).ToList();

    public StubWeCom Answer(string path, string json, HttpStatusCode status = HttpStatusCode.OK)
    {
        _answers.GetOrAdd(path, _ => new()).Enqueue((status, json));
        return this;
    }

    public StubWeCom AnswerErr(string path, int errCode, string errMsg = "err", int times = 1)
    {
        for (var i = 0; i < times; i++)
            Answer(path, $$"""{"errcode":{{errCode}},"errmsg":"{{errMsg}}"}""");
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, body);
        _requests.Enqueue(recorded);

        if (recorded.Path == "gettoken")
        {
            var n = Interlocked.Increment(ref _tokens);
            if (TokenGate is { } gate)
                await gate.Task.WaitAsync(cancellationToken);
            if (!TryDequeue("gettoken", out var tokenAnswer))
                tokenAnswer = (HttpStatusCode.OK, $$"""{"errcode":0,"errmsg":"ok","access_token":"tok{{n}}","expires_in":7200}""");
            return Respond(tokenAnswer);
        }
        if (TryDequeue(recorded.Path, out var answer))
            return Respond(answer);
        return Respond((HttpStatusCode.OK, """{"errcode":0,"errmsg":"ok"}"""));
    }

    private bool TryDequeue(string path, out (HttpStatusCode Status, string Body) answer)
    {
        answer = default;
        return _answers.TryGetValue(path, out var queue) && queue.TryDequeue(out answer);
    }

    /// <summary>The next call to <paramref name="path"/> loses its connection.</summary>
    public StubWeCom Drop(string path) => Answer(path, "", DroppedConnection);

    private const HttpStatusCode DroppedConnection = 0;

    private static HttpResponseMessage Respond((HttpStatusCode Status, string Body) answer) =>
        answer.Status == DroppedConnection
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "connection reset")
            : new(answer.Status) { Content = new StringContent(answer.Body, Encoding.UTF8, "application/json") };
}

public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body)
{
    public string Path => WeComUri.ApiPath(Uri);

    public string? Query(string name) => HttpUtility.ParseQueryString(Uri.Query)[name];
}
