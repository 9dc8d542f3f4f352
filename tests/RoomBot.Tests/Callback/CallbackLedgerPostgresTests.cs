using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Callback;

/// <summary>Every ledger test on PostgreSQL (READ COMMITTED): the claim and the take-over stay atomic there too.</summary>
public sealed class CallbackLedgerPostgresTests(PostgresDatabase database) : CallbackLedgerTests, IClassFixture<PostgresDatabase>
{
    protected override IDictionary<string, string?> DatabaseSettings => database.Settings;

    public override Task InitializeAsync() => database.ResetAsync();
}
