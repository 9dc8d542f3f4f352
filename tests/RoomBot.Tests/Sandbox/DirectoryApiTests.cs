using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

public sealed class DirectoryApiTests
{
    [Fact]
    public async Task GetToken_ConfiguredCredentials_IssuesTokenThatAuthorisesCalls()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var answer = SandboxAssert.Ok(await api.GetAsync($"/cgi-bin/gettoken?corpid={SandboxApi.CorpId}&corpsecret={SandboxApi.Secret}"));

        Assert.Equal(7200, answer.GetProperty("expires_in").GetInt32());
        var token = answer.GetProperty("access_token").GetString();
        SandboxAssert.Ok(await api.GetAsync($"/cgi-bin/user/list?access_token={token}&department_id=1"));
    }

    [Fact]
    public async Task GetToken_WrongSecret_Returns40001()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(40001, await api.GetAsync($"/cgi-bin/gettoken?corpid={SandboxApi.CorpId}&corpsecret=wrong"));
    }

    [Fact]
    public async Task GetToken_WrongCorpId_Returns40013()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(40013, await api.GetAsync($"/cgi-bin/gettoken?corpid=wwother&corpsecret={SandboxApi.Secret}"));
    }

    [Fact]
    public async Task GetToken_SecretFromSettings_IsTheOnlyOneAccepted()
    {
        await using var app = SandboxApp.Create(new Dictionary<string, string?> { ["WeCom:Secret"] = "from-env" });
        var api = SandboxApi.For(app);

        SandboxAssert.Error(40001, await api.GetAsync($"/cgi-bin/gettoken?corpid={SandboxApi.CorpId}&corpsecret={SandboxApi.Secret}"));
        SandboxAssert.Ok(await api.GetAsync($"/cgi-bin/gettoken?corpid={SandboxApi.CorpId}&corpsecret=from-env"));
    }

    [Fact]
    public async Task GetToken_CalledAgainWhileValid_ReturnsSameTokenWithRemainingLifetime()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var first = await api.GetAsync($"/cgi-bin/gettoken?corpid={SandboxApi.CorpId}&corpsecret={SandboxApi.Secret}");

        app.Time.Advance(TimeSpan.FromMinutes(10));
        var second = await api.GetAsync($"/cgi-bin/gettoken?corpid={SandboxApi.CorpId}&corpsecret={SandboxApi.Secret}");

        Assert.Equal(first.GetProperty("access_token").GetString(), second.GetProperty("access_token").GetString());
        Assert.Equal(7200 - 600, second.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task AnyCall_TokenPastLifetime_Returns42001ThenNewTokenWorks()
    {
        await using var app = SandboxApp.Create(new Dictionary<string, string?> { ["Sandbox:TokenLifetime"] = "00:30:00" });
        var api = SandboxApi.For(app);
        var token = await api.TokenAsync();

        app.Time.Advance(TimeSpan.FromMinutes(31));

        SandboxAssert.Error(42001, await api.GetAsync($"/cgi-bin/user/list?access_token={token}"));
        var fresh = SandboxAssert.Ok(await api.GetAsync($"/cgi-bin/gettoken?corpid={SandboxApi.CorpId}&corpsecret={SandboxApi.Secret}"));
        Assert.NotEqual(token, fresh.GetProperty("access_token").GetString());
        SandboxAssert.Ok(await api.GetAsync($"/cgi-bin/user/list?access_token={fresh.GetProperty("access_token").GetString()}"));
    }

    [Theory]
    [InlineData("/cgi-bin/user/list?access_token=not-a-token", 40014)]
    [InlineData("/cgi-bin/user/list", 41001)]
    public async Task AnyCall_BadToken_IsRefused(string path, int errcode)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(errcode, await api.GetAsync(path));
    }

    [Fact]
    public async Task ListUsers_DemoData_ReturnsConfiguredMembers()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var answer = SandboxAssert.Ok(await api.GetAsync($"/cgi-bin/user/list?access_token={await api.TokenAsync()}&department_id=1"));

        var users = answer.GetProperty("userlist").EnumerateArray()
            .ToDictionary(u => u.GetProperty("userid").GetString()!, u => u.GetProperty("name").GetString());
        Assert.Equal("张三", users["zhangsan"]);
        Assert.True(users.Count >= 6);
    }
}
