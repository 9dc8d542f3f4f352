using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoomBot.Callback;
using RoomBot.Configuration;
using RoomBot.Core;
using RoomBot.Reminders;
using RoomBot.Storage;
using RoomBot.WeCom;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Crypto;

namespace RoomBot.Hosting;

/// <summary>The bot's service registrations, grouped so Program.cs reads like a table of contents.</summary>
public static class RoomBotHostingExtensions
{
    public static IHostApplicationBuilder AddRoomBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddRoomBotConfiguration();
        builder.AddRoomBotStorage();
        builder.AddWeCom();
        builder.AddRoomBotParser();
        builder.AddRoomBotReminders();
        builder.AddWeComCallback();
        builder.AddConversationHandling();
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static IHostApplicationBuilder AddRoomBotConfiguration(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RoomBotOptions>().BindConfiguration(RoomBotOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RoomBotOptions>, RoomBotOptionsValidator>();
        builder.Services.AddOptions<WeComOptions>().BindConfiguration(WeComOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WeComOptions>, WeComOptionsValidator>();
        return builder;
    }

    public static IHostApplicationBuilder AddRoomBotStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DatabaseLocation>();
        builder.Services.AddDbContext<BotDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<DatabaseLocation>().ConnectionString));
        builder.Services.AddSingleton(new DbContextRegistration(typeof(BotDbContext)));
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddScoped<CallbackLedger>();
        builder.Services.AddHostedService<CallbackLedgerCleanup>();
        return builder;
    }

    public static IHostApplicationBuilder AddWeCom(this IHostApplicationBuilder builder)
    {
        builder.Services.AddWeComClient();
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<WeComOptions>>().Value;
            // 91144: for a self-built app the receiveid is the CorpID.
            return new WeComCrypto(o.Token, o.EncodingAesKey, o.CorpId);
        });
        return builder;
    }

    public static IHostApplicationBuilder AddWeComCallback(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CallbackTurnRunner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CallbackTurnRunner>());
        builder.Services.AddScoped<ReplySender>();
        return builder;
    }

    public static WebApplication MapRoomBot(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        app.MapWeComCallback();
        return app;
    }
}
