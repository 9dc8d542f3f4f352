using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace RoomBot.Storage;

/// <summary>Registers a context with one subclass per provider on the database of <c>ConnectionStrings:RoomBot</c>.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Pooled factories for <typeparamref name="TSqlite"/> and <typeparamref name="TPostgres"/> (only the configured
    /// one is ever built), <c>IDbContextFactory&lt;TContext&gt;</c> and a scoped <typeparamref name="TContext"/> for it,
    /// and a <see cref="DbContextRegistration"/> so start-up migrates it and readiness watches it.
    /// </summary>
    public static IServiceCollection AddProviderDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services,
        string historyTable)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        services.AddPooledDbContextFactory<TSqlite>((sp, o) =>
            o.UseSqlite(Options(sp).ConnectionString, x => x.MigrationsHistoryTable(historyTable)));
        services.AddPooledDbContextFactory<TPostgres>((sp, o) =>
            o.UseNpgsql(Options(sp).ConnectionString, x => x.MigrationsHistoryTable(historyTable)));
        services.AddSingleton<IDbContextFactory<TContext>, ProviderDbContextFactory<TContext, TSqlite, TPostgres>>();
        // Scoped services (a turn's stores) take the context itself; singletons use the factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddSingleton(new DbContextRegistration(typeof(TContext).Name,
            sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext()));
        return services;
    }

    private static DatabaseOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
}
