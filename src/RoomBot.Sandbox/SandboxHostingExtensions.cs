using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RoomBot.Sandbox.Api;
using RoomBot.Sandbox.Auth;
using RoomBot.Sandbox.Booking;
using RoomBot.Sandbox.Calendar;
using RoomBot.Sandbox.Callback;
using RoomBot.Sandbox.Chat;
using RoomBot.Sandbox.Feed;
using RoomBot.Sandbox.Page;
using RoomBot.Sandbox.Rooms;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom;

namespace RoomBot.Sandbox;

/// <summary>The sandbox's registrations and routes; the host calls them only when <c>Sandbox:Enabled</c> is true.</summary>
public static class SandboxHostingExtensions
{
    /// <summary>
    /// Registers the sandbox. Its state lives in the bot's database (as sandbox.md asks), so the host registers
    /// <see cref="SandboxDbContext"/> (scoped) and <c>IDbContextFactory&lt;SandboxDbContext&gt;</c> on that database,
    /// for its provider (<see cref="SqliteSandboxDbContext"/> or <see cref="PostgresSandboxDbContext"/>), and applies
    /// the sandbox's migrations before the seeder added here starts.
    /// </summary>
    public static IHostApplicationBuilder AddWeComSandbox(this IHostApplicationBuilder b)
    {
        var services = b.Services;
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section)
            .PostConfigure<IConfiguration>((o, c) => o.Rooms = SandboxRoomsBinder.Read(c.GetSection(SandboxOptions.Section).GetSection("Rooms")));
        services.AddOptions<WeComOptions>().BindConfiguration(WeComOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => CorpCalendar.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ISandboxFeed, SandboxFeed>();
        services.AddSingleton<BookingGate>();
        services.AddScoped<BookingStore>();
        services.AddScoped<BookingQueries>();
        services.AddScoped<BookingCommands>();
        services.AddScoped<SeriesBookingCommands>();
        services.AddScoped<CancelCommands>();
        services.AddScoped<SandboxClientActions>();
        services.AddScoped<SandboxChatService>();
        services.AddScoped<AppMessenger>();
        services.AddScoped<GroupMessenger>();
        services.AddScoped<AccessTokenService>();
        services.AddScoped<RoomCatalog>();
        services.AddScoped<ScheduleCommands>();
        services.AddHostedService<SandboxSeeder>();
        services.AddSandboxCallback();
        services.AddSandboxPage();
        return b;
    }

    /// <summary>Maps WeCom's <c>/cgi-bin/</c> API and the chat simulator page.</summary>
    public static IEndpointRouteBuilder MapWeComSandbox(this IEndpointRouteBuilder e)
    {
        e.MapCgiBin();
        e.MapSandboxPage();
        return e;
    }
}
