using Microsoft.EntityFrameworkCore;
using RoomBot.Reminders;
using RoomBot.Storage;

namespace RoomBot.Hosting;

/// <summary>The bot's service registrations, grouped so Program.cs reads like a table of contents.</summary>
public static class RoomBotHostingExtensions
{
    public static IHostApplicationBuilder AddRoomBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddRoomBotStorage();
        builder.AddRoomBotReminders();
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static IHostApplicationBuilder AddRoomBotStorage(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("RoomBot") ?? "Data Source=data/roombot.db";
        EnsureSqliteDirectory(connectionString);
        builder.Services.AddDbContext<BotDbContext>(o => o.UseSqlite(connectionString));
        builder.Services.AddSingleton(new DbContextRegistration(typeof(BotDbContext)));
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }
}
