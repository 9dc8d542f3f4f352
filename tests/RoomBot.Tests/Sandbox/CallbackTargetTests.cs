using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Moq;
using RoomBot.Sandbox;
using RoomBot.Sandbox.Callback;

namespace RoomBot.Tests.Sandbox;

public sealed class CallbackTargetTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5000", "http://127.0.0.1:5000/wecom/callback")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/wecom/callback")]
    [InlineData("http://+:80", "http://127.0.0.1/wecom/callback")]
    [InlineData("http://*:5005", "http://127.0.0.1:5005/wecom/callback")]
    [InlineData("http://127.0.0.1:41234", "http://127.0.0.1:41234/wecom/callback")]
    [InlineData("http://localhost:5000", "http://localhost:5000/wecom/callback")]
    public void Resolve_ListeningAddress_IsTheHostsOwnCallback(string address, string expected)
    {
        var target = new CallbackTarget(Server(address), Options.Create(new SandboxOptions()));

        Assert.Equal(new Uri(expected), target.Resolve());
    }

    [Fact]
    public void Resolve_HttpsAndHttp_PrefersHttp()
    {
        var target = new CallbackTarget(Server("https://0.0.0.0:5001", "http://0.0.0.0:5000"), Options.Create(new SandboxOptions()));

        Assert.Equal(new Uri("http://127.0.0.1:5000/wecom/callback"), target.Resolve());
    }

    [Fact]
    public void Resolve_ConfiguredCallbackUrl_WinsOverTheServer()
    {
        var options = Options.Create(new SandboxOptions { CallbackUrl = "https://bot.example.com/wecom/callback" });

        var target = new CallbackTarget(Server("http://0.0.0.0:5000"), options);

        Assert.Equal(new Uri("https://bot.example.com/wecom/callback"), target.Resolve());
    }

    [Fact]
    public void Resolve_NoAddressYet_ExplainsWhatToConfigure()
    {
        var target = new CallbackTarget(Server(), Options.Create(new SandboxOptions()));

        var error = Assert.Throws<InvalidOperationException>(target.Resolve);
        Assert.Contains("Sandbox:CallbackUrl", error.Message, StringComparison.Ordinal);
    }

    private static IServer Server(params string[] addresses)
    {
        var feature = new Mock<IServerAddressesFeature>();
        feature.SetupGet(f => f.Addresses).Returns(addresses.ToList());
        var features = new FeatureCollection();
        features.Set(feature.Object);
        var server = new Mock<IServer>();
        server.SetupGet(s => s.Features).Returns(features);
        return server.Object;
    }
}
