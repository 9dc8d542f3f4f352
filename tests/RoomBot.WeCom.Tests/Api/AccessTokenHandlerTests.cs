using RoomBot.WeCom.Api;

namespace RoomBot.WeCom.Tests.Api;

public class AccessTokenHandlerTests
{
    [Theory]
    [InlineData("https://qyapi.weixin.qq.com/cgi-bin/oa/meetingroom/book", true)]
    [InlineData("https://qyapi.weixin.qq.com/cgi-bin/message/send", true)]
    [InlineData("http://127.0.0.1:5099/sandbox/cgi-bin/user/list?department_id=1", true)]
    [InlineData("https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=a&corpsecret=b", false)]
    [InlineData("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", false)]
    [InlineData("https://qyapi.weixin.qq.com/cgi-bin/message/send?access_token=given", false)]
    public void NeedsToken_Uri_OnlyBusinessCallsWithoutToken(string uri, bool expected)
    {
        Assert.Equal(expected, AccessTokenHandler.NeedsToken(new Uri(uri)));
    }

    [Fact]
    public async Task SendAsync_GetTokenRequest_PassedThroughWithoutToken()
    {
        using var f = new ApiFixture();
        using var http = new HttpClient(new AccessTokenHandler(
            f.Tokens,
            new FixedBaseAddress(new Uri("https://qyapi.example.test")),
            Microsoft.Extensions.Options.Options.Create(new WeComOptions { CorpId = ApiFixture.CorpId, Secret = ApiFixture.Secret }),
            f.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<AccessTokenHandler>.Instance) { InnerHandler = f.Stub });

        using var response = await http.GetAsync(new Uri("https://qyapi.example.test/cgi-bin/gettoken?corpid=x&corpsecret=y"));

        var call = Assert.Single(f.Stub.Requests);
        Assert.Null(call.Query("access_token"));
        Assert.Equal("x", call.Query("corpid"));
    }

    private sealed class FixedBaseAddress(Uri baseAddress) : IWeComBaseAddress
    {
        public Uri BaseAddress => baseAddress;
    }
}
