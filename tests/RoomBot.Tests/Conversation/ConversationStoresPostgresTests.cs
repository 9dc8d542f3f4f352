using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Conversation;

/// <summary>Every card and pending-question store test on PostgreSQL: one click of many wins there too.</summary>
public sealed class ConversationStoresPostgresTests(PostgresDatabase database) : ConversationStoresTests, IClassFixture<PostgresDatabase>
{
    protected override IDictionary<string, string?> DatabaseSettings => database.Settings;

    public override async Task InitializeAsync()
    {
        await database.ResetAsync();
        await base.InitializeAsync();
    }
}
