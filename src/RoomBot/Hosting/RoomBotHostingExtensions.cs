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
        builder.AddRoomBotHealthChecks();
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

    /// <summary>
    /// The bot's database (<c>Database:Provider</c>, <c>ConnectionStrings:RoomBot</c>): options validated at start,
    /// pooled context factories per provider, and migrations applied before any other hosted service starts.
    /// </summary>
    public static IHostApplicationBuilder AddRoomBotStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .PostConfigure<IConfiguration>((o, configuration) => o.ConnectionString =
                configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) is { Length: > 0 } configured
                    ? configured
                    : DatabaseOptions.ParseProvider(o.Provider) == DatabaseProvider.Sqlite ? DatabaseOptions.DefaultSqliteConnectionString : "")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        builder.Services.AddProviderDbContext<BotDbContext, SqliteBotDbContext, PostgresBotDbContext>(BotDbContext.HistoryTable);
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddHostedService<DatabaseStartup>();
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
        app.MapRoomBotHealthChecks();
        app.MapWeComCallback();
        return app;
    }
}
