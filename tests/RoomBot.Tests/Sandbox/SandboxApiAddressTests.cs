using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using RoomBot.Sandbox.Chat;
using RoomBot.Tests.Infrastructure;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Tests.Sandbox;

public sealed class SandboxApiAddressTests
{
    [Fact]
    public async Task BaseAddress_HostOnKestrel_PointsTheBotsClientAtTheSandboxOverHttp()
    {
        await using var host = new RoomBotApplication(new Dictionary<string, string?> { ["WeCom:ApiBaseUrl"] = "https://qyapi.weixin.qq.com" });
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await using var scope = host.Services.CreateAsyncScope();
        var api = scope.ServiceProvider.GetRequiredService<IWeComApi>();

        var rooms = await api.ListMeetingRoomsAsync();
        await api.SendMessageAsync(AppMessage.ForText("wangwu", "来自机器人的消息"));

        Assert.Equal(address, scope.ServiceProvider.GetRequiredService<IWeComBaseAddress>().BaseAddress);
        Assert.True(rooms.Count >= 8);
        var message = Assert.Single(await scope.ServiceProvider.GetRequiredService<SandboxChatService>().ConversationAsync("wangwu", CancellationToken.None));
        Assert.Equal("来自机器人的消息", JsonDocument.Parse(message.ContentJson).RootElement.GetProperty("content").GetString());
    }

    [Fact]
    public async Task BaseAddress_InMemoryTestServer_FallsBackToTheConfiguredUrl()
    {
        await using var host = new RoomBotApplication(new Dictionary<string, string?> { ["WeCom:ApiBaseUrl"] = "http://localhost" });
        host.CreateClient().Dispose();

        var baseAddress = host.Services.GetRequiredService<IWeComBaseAddress>().BaseAddress;

        Assert.Equal(new Uri("http://localhost"), baseAddress);
    }
}
