using Microsoft.Data.Sqlite;

namespace RoomBot.Storage;

/// <summary>
/// <c>ConnectionStrings:RoomBot</c>, resolved once when first needed (so settings added late, as tests do, count),
/// with the folder of a file database created (the default lives under ./data).
/// </summary>
public sealed class DatabaseLocation
{
    public const string DefaultConnectionString = "Data Source=data/roombot.db";

    public DatabaseLocation(IConfiguration configuration)
    {
        ConnectionString = configuration.GetConnectionString("RoomBot") is { Length: > 0 } configured
            ? configured
            : DefaultConnectionString;
        var dataSource = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        if (dataSource is { Length: > 0 } and not ":memory:" && Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }

    public string ConnectionString { get; }
}
