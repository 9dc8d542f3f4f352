namespace RoomBot.Tests.Infrastructure;

/// <summary>Finds the repository (and the shared/ folder beside it) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The project's shared specs, always checked out beside the repository.</summary>
    public static string Shared => Path.Combine(Root, "..", "shared");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoomBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RoomBot.sln not found above " + AppContext.BaseDirectory);
    }
}
