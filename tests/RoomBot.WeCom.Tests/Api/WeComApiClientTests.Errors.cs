using System.Net;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.WeCom.Tests.Api;

public sealed partial class WeComApiClientTests
{
    private static readonly BookRequest Booking = new() { MeetingRoomId = 1, StartTime = 1795500000, EndTime = 1795503600, Booker = "zhangsan" };

    /// <summary>Drives fake time so a backoff that should not happen makes the test fail instead of hang.</summary>
    private async Task<WeComApiException> FailsAsync(Task call)
    {
        await _f.RunOnFakeTimeAsync(call);
        return await Assert.ThrowsAsync<WeComApiException>(() => call);
    }

    [Fact]
    public async Task Call_TwoCalls_OneTokenFetchReused()
    {
        await _f.Api.ListMeetingRoomsAsync();
        await _f.Api.BookAsync(Booking);

        Assert.Equal(1, _f.Stub.TokenFetches);
        Assert.Equal(["tok1", "tok1"], _f.Stub.Requests.Where(r => r.Path != "gettoken").Select(r => r.Query("access_token")));
    }

    [Fact]
    public async Task Call_TokenNearExpiry_RefreshedFiveMinutesEarly()
    {
        await _f.Api.ListMeetingRoomsAsync();

        _f.Time.Advance(TimeSpan.FromSeconds(7200 - 300 - 1));
        await _f.Api.ListMeetingRoomsAsync();
        Assert.Equal(1, _f.Stub.TokenFetches);

        _f.Time.Advance(TimeSpan.FromSeconds(2));
        await _f.Api.ListMeetingRoomsAsync();
        Assert.Equal(2, _f.Stub.TokenFetches);
        Assert.Equal("tok2", _f.Stub.Calls("oa/meetingroom/list")[^1].Query("access_token"));
    }

    [Theory]
    [InlineData(42001)]
    [InlineData(40014)]
    [InlineData(40001)]
    public async Task BookAsync_TokenRevokedEarly_OneRefetchOneRetry(int errCode)
    {
        _f.Stub.AnswerErr("oa/meetingroom/book", errCode, "access_token expired")
            .Answer("oa/meetingroom/book", """{"errcode":0,"errmsg":"ok","booking_id":"bk1"}""");

        var booked = await _f.Api.BookAsync(Booking);

        Assert.Equal("bk1", booked.BookingId);
        Assert.Equal(2, _f.Stub.TokenFetches);
        Assert.Equal(["tok1", "tok2"], _f.Stub.Calls("oa/meetingroom/book").Select(r => r.Query("access_token")));
    }

    [Fact]
    public async Task BookAsync_TokenRefusedTwice_ThrowsAfterOneRetry()
    {
        _f.Stub.AnswerErr("oa/meetingroom/book", 40014, "invalid access_token", times: 3);

        var ex = await FailsAsync(_f.Api.BookAsync(Booking));

        Assert.Equal((40014, WeComErrorKind.InvalidToken), (ex.ErrCode, ex.Kind));
        Assert.Equal(2, _f.Stub.Calls("oa/meetingroom/book").Count);
        Assert.Equal(2, _f.Stub.TokenFetches);
    }

    [Fact]
    public async Task Call_TwentyConcurrentCallers_OneTokenFetch()
    {
        _f.Stub.TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Started directly, each call runs until it waits for the token, so all 20 are waiting before the gate opens.
        var calls = Enumerable.Range(0, 20).Select(_ => _f.Api.ListMeetingRoomsAsync()).ToList();
        Assert.Equal(1, _f.Stub.TokenFetches);
        Assert.DoesNotContain(calls, c => c.IsCompleted);
        _f.Stub.TokenGate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, _f.Stub.TokenFetches);
        Assert.Equal(20, _f.Stub.Calls("oa/meetingroom/list").Count);
        Assert.All(_f.Stub.Calls("oa/meetingroom/list"), r => Assert.Equal("tok1", r.Query("access_token")));
    }

    [Fact]
    public async Task BookAsync_BusyTwiceThenOk_RetriedWithBackoff()
    {
        _f.Stub.AnswerErr("oa/meetingroom/book", -1, "system busy", times: 2)
            .Answer("oa/meetingroom/book", """{"errcode":0,"errmsg":"ok","booking_id":"bk1"}""");

        var call = _f.Api.BookAsync(Booking);
        Assert.False(call.IsCompleted);
        var elapsed = await _f.RunOnFakeTimeAsync(call);

        Assert.Equal("bk1", (await call).BookingId);
        Assert.Equal(3, _f.Stub.Calls("oa/meetingroom/book").Count);
        Assert.True(elapsed >= TimeSpan.FromMilliseconds(200 + 400), "backoff waited only " + elapsed);
    }

    [Fact]
    public async Task BookAsync_BusyFourTimes_ThrowsAfterThreeRetries()
    {
        _f.Stub.AnswerErr("oa/meetingroom/book", -1, "system busy", times: 5);

        var call = _f.Api.BookAsync(Booking);
        var elapsed = await _f.RunOnFakeTimeAsync(call);

        var ex = await Assert.ThrowsAsync<WeComApiException>(() => call);
        Assert.Equal((-1, WeComErrorKind.Busy), (ex.ErrCode, ex.Kind));
        Assert.Equal(4, _f.Stub.Calls("oa/meetingroom/book").Count);
        Assert.True(elapsed >= TimeSpan.FromMilliseconds(200 + 400 + 800), "backoff waited only " + elapsed);
    }

    [Fact]
    public async Task SendMessageAsync_RateLimited_NoRetryTypedError()
    {
        _f.Stub.AnswerErr("message/send", 45009, "api freq out of limit", times: 2);

        var ex = await FailsAsync(_f.Api.SendMessageAsync(AppMessage.ForText("zhangsan", "hi")));

        Assert.Equal((45009, WeComErrorKind.RateLimited, "message/send"), (ex.ErrCode, ex.Kind, ex.Path));
        Assert.Single(_f.Stub.Calls("message/send"));
    }

    [Fact]
    public async Task BookByScheduleAsync_UnknownErrCode_TypedErrorWithErrMsg()
    {
        _f.Stub.AnswerErr("oa/meetingroom/book_by_schedule", 90498, "日程已预定其他会议室");

        var ex = await FailsAsync(_f.Api.BookByScheduleAsync(new BookByScheduleRequest { MeetingRoomId = 1, ScheduleId = "s1", Booker = "zhangsan" }));

        Assert.Equal((90498, "日程已预定其他会议室", "oa/meetingroom/book_by_schedule", WeComErrorKind.Rejected), (ex.ErrCode, ex.ErrMsg, ex.Path, ex.Kind));
        Assert.Single(_f.Stub.Calls("oa/meetingroom/book_by_schedule"));
    }

    [Fact]
    public async Task Call_IpNotTrusted_ConfigurationErrorNoRetry()
    {
        _f.Stub.AnswerErr("oa/meetingroom/list", 60020, "not allow to access from your ip");

        var ex = await FailsAsync(_f.Api.ListMeetingRoomsAsync());

        Assert.Equal(WeComErrorKind.Configuration, ex.Kind);
        Assert.Single(_f.Stub.Calls("oa/meetingroom/list"));
    }

    [Fact]
    public async Task Call_GetTokenBadSecret_ThrowsWithoutLoopOrBusinessCall()
    {
        _f.Stub.Answer("gettoken", """{"errcode":40001,"errmsg":"invalid credential"}""");

        var ex = await FailsAsync(_f.Api.BookAsync(Booking));

        Assert.Equal((40001, "gettoken"), (ex.ErrCode, ex.Path));
        Assert.Equal(1, _f.Stub.TokenFetches);
        Assert.Empty(_f.Stub.Calls("oa/meetingroom/book"));
    }

    [Fact]
    public async Task Call_GetTokenRefusedThenCalledAgain_NoNewFetchForAMinute()
    {
        _f.Stub.Answer("gettoken", """{"errcode":40001,"errmsg":"invalid credential"}""");
        await FailsAsync(_f.Api.ListMeetingRoomsAsync());

        _f.Time.Advance(TimeSpan.FromSeconds(59));
        var again = await FailsAsync(_f.Api.ListMeetingRoomsAsync());
        Assert.Equal(40001, again.ErrCode);
        Assert.Equal(1, _f.Stub.TokenFetches);

        _f.Time.Advance(TimeSpan.FromSeconds(2));
        await _f.Api.ListMeetingRoomsAsync();
        Assert.Equal(2, _f.Stub.TokenFetches);
    }

    [Fact]
    public async Task BookAsync_Http502_ErrCodeMinusOneNotRetried()
    {
        _f.Stub.Answer("oa/meetingroom/book", "<html>Bad Gateway</html>", HttpStatusCode.BadGateway);

        var ex = await FailsAsync(_f.Api.BookAsync(Booking));

        Assert.Equal(-1, ex.ErrCode);
        Assert.Contains("HTTP 502", ex.ErrMsg, StringComparison.Ordinal);
        Assert.Single(_f.Stub.Calls("oa/meetingroom/book"));
    }

    [Fact]
    public async Task BookAsync_NonJsonAnswer_ErrCodeMinusOneNotRetried()
    {
        _f.Stub.Answer("oa/meetingroom/book", "<html>proxy login</html>");

        var ex = await FailsAsync(_f.Api.BookAsync(Booking));

        Assert.Equal(-1, ex.ErrCode);
        Assert.Contains("not WeCom JSON", ex.ErrMsg, StringComparison.Ordinal);
        Assert.Single(_f.Stub.Calls("oa/meetingroom/book"));
    }

    [Fact]
    public async Task GetBookingInfoAsync_Http500ThenOk_ReadRetried()
    {
        _f.Stub.Answer("oa/meetingroom/get_booking_info", "oops", HttpStatusCode.InternalServerError)
            .Answer("oa/meetingroom/get_booking_info", """{"errcode":0,"errmsg":"ok","booking_list":[]}""");

        var call = _f.Api.GetBookingInfoAsync(new BookingInfoQuery { MeetingRoomId = 1 });
        await _f.RunOnFakeTimeAsync(call);

        Assert.Empty(await call);
        Assert.Equal(2, _f.Stub.Calls("oa/meetingroom/get_booking_info").Count);
    }

    [Fact]
    public async Task SendWebhookAsync_RobotRemoved_TypedErrorNoTokenRetry()
    {
        _f.Stub.AnswerErr("webhook/send", 93000, "invalid webhook url");

        var ex = await FailsAsync(_f.Api.SendWebhookAsync("k", WebhookMessage.ForMarkdown("x")));

        Assert.Equal(93000, ex.ErrCode);
        Assert.Equal(0, _f.Stub.TokenFetches);
    }

    [Fact]
    public async Task Call_AnyOutcome_NeverLogsTokenOrSecret()
    {
        _f.Stub.AnswerErr("oa/meetingroom/book", 42001, "expired").AnswerErr("oa/meetingroom/book", 90498, "taken");
        await FailsAsync(_f.Api.BookAsync(Booking));
        _f.Stub.Answer("oa/meetingroom/list", "nope", HttpStatusCode.BadGateway);
        await _f.RunOnFakeTimeAsync(_f.Api.ListMeetingRoomsAsync());

        Assert.NotEmpty(_f.Logs.Lines);
        Assert.All(_f.Logs.Lines, line =>
        {
            Assert.DoesNotContain(ApiFixture.Secret, line, StringComparison.Ordinal);
            Assert.DoesNotContain("tok1", line, StringComparison.Ordinal);
            Assert.DoesNotContain("tok2", line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task BookAsync_ConnectionLost_ErrCodeMinusOneNotRetried()
    {
        _f.Stub.Drop("oa/meetingroom/book");

        var ex = await FailsAsync(_f.Api.BookAsync(Booking));

        Assert.Equal(-1, ex.ErrCode);
        Assert.Contains("ConnectionError", ex.ErrMsg, StringComparison.Ordinal);
        Assert.Single(_f.Stub.Calls("oa/meetingroom/book"));
    }

    [Fact]
    public async Task ListMeetingRoomsAsync_MixedBusyAndLostAnswers_OneRetryBudget()
    {
        _f.Stub.Drop("oa/meetingroom/list").AnswerErr("oa/meetingroom/list", -1)
            .Answer("oa/meetingroom/list", "x", HttpStatusCode.ServiceUnavailable).AnswerErr("oa/meetingroom/list", -1);

        var call = _f.Api.ListMeetingRoomsAsync();
        await _f.RunOnFakeTimeAsync(call);

        var ex = await Assert.ThrowsAsync<WeComApiException>(() => call);
        Assert.Equal(-1, ex.ErrCode);
        Assert.Equal(4, _f.Stub.Calls("oa/meetingroom/list").Count);
    }
}
