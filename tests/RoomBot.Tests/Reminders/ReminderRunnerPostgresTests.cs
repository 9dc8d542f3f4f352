using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Reminders;

/// <summary>Every reminder runner test on PostgreSQL, two instances claiming from one database among them.</summary>
public sealed class ReminderRunnerPostgresTests(PostgresDatabase database) : ReminderRunnerTests, IClassFixture<PostgresDatabase>
{
    protected override IDictionary<string, string?> DatabaseSettings => database.Settings;

    public override Task InitializeAsync() => database.ResetAsync();
}
