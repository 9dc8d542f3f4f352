using Microsoft.Extensions.Time.Testing;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>The host for the sandbox's rule tests: the clock at Monday 2026-06-01 09:00 in Shanghai, a working morning.</summary>
internal static class SandboxApp
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);

    public static RoomBotApplication Create() => new(time: new FakeTimeProvider(Start));

    public static RoomBotApplication Create(IDictionary<string, string?> settings) => new(settings, new FakeTimeProvider(Start));
}
