using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace RoomBot.Storage;

/// <summary>
/// <c>IDbContextFactory&lt;TContext&gt;</c> for the provider of <c>Database:Provider</c>: it hands out the pooled
/// contexts of the provider's subclass, so callers never name a provider.
/// </summary>
internal sealed class ProviderDbContextFactory<TContext, TSqlite, TPostgres>(IServiceProvider services, IOptions<DatabaseOptions> options)
    : IDbContextFactory<TContext>
    where TContext : DbContext
    where TSqlite : TContext
    where TPostgres : TContext
{
    private readonly Lazy<Func<TContext>> _create = new(() => options.Value.ProviderKind switch
    {
        DatabaseProvider.PostgreSQL => services.GetRequiredService<IDbContextFactory<TPostgres>>().CreateDbContext,
        _ => services.GetRequiredService<IDbContextFactory<TSqlite>>().CreateDbContext,
    });

    public TContext CreateDbContext() => _create.Value();
}
