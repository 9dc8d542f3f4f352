using Microsoft.Data.Sqlite;

namespace RoomBot.Tests.Infrastructure;

/// <summary>A SQLite file shared by several hosts (a restart, a second instance), deleted at the end.</summary>
public sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"roombot-test-{Guid.NewGuid():N}.db");

    public void Dispose() => Delete(Path);

    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
