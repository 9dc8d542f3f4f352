namespace RoomBot.Storage;

/// <summary>The database engines RoomBot runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file (the default): nothing to install, one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several instances on one database.</summary>
    PostgreSQL,
}
