using Microsoft.Extensions.DependencyInjection;
using RoomBot.Sandbox.Booking;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>Acts "in the WeCom client" (what the page's admin panel does) to set up states the API cannot make.</summary>
internal static class SandboxServices
{
    public static async Task<T> InClientAsync<T>(this RoomBotApplication app, Func<SandboxClientActions, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SandboxClientActions>());
    }
}
