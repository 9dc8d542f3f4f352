namespace RoomBot.Storage;

/// <summary>
/// The <c>Database</c> section, with the connection string of <c>ConnectionStrings:RoomBot</c> (set by
/// <see cref="DatabaseOptionsValidator"/>'s companion post-configuration, never bound from the section itself).
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "RoomBot";
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;
    public const string DefaultSqliteConnectionString = "Data Source=data/roombot.db";

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSQL</c>, in any letter case.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>Apply pending migrations at start-up; off when a separate step (<c>RoomBot migrate</c>) does it.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary><c>ConnectionStrings:RoomBot</c>; for SQLite the default file when it is not set.</summary>
    public string ConnectionString { get; internal set; } = "";

    /// <summary>The provider; valid once the options passed validation.</summary>
    public DatabaseProvider ProviderKind => ParseProvider(Provider) ?? throw new InvalidOperationException(
        $"{Section}:{nameof(Provider)} '{Provider}' is not supported.");

    internal static DatabaseProvider? ParseProvider(string? value) =>
        Enum.TryParse<DatabaseProvider>(value?.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : null;
}
