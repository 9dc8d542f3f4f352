using System.Diagnostics;
using Npgsql;

namespace RoomBot.Tests.Infrastructure;

/// <summary>
/// The one PostgreSQL server of a test run. tests/run-all.sh starts a throwaway cluster and exports
/// <c>ROOMBOT_TEST_POSTGRES</c>; run any other way (an IDE, <c>dotnet test</c>) the first test that needs it starts one
/// the same way (tests/throwaway-postgres.sh) and removes it when the test process exits. Without Debian's
/// postgresql package the tests fail saying so: they never skip.
/// </summary>
public static class PostgresCluster
{
    public const string Variable = "ROOMBOT_TEST_POSTGRES";

    private static readonly Lazy<string> Server = new(Connect, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>An Npgsql connection string for the superuser, without a database.</summary>
    public static string AdminConnectionString => Server.Value;

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    public static async Task ExecuteAsync(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Connect()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } exported)
        {
            return exported;
        }

        var script = Path.Combine(RepoPaths.Root, "tests", "throwaway-postgres.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("start");
        start.ArgumentList.Add(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"PostgreSQL tests need a server: {script} failed ({error.Trim()}). Install Debian's postgresql package " +
                $"(apt-get install -y postgresql; tests/run-all.sh does it) or export {Variable}.");
        }

        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1].Trim('\''), StringComparer.Ordinal);
        var dir = values[Variable + "_DIR"];
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            var stop = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            stop.ArgumentList.Add(script);
            stop.ArgumentList.Add("stop");
            stop.ArgumentList.Add(dir);
            using var stopping = Process.Start(stop);
            stopping?.WaitForExit(30_000);
        };
        return values[Variable];
    }
}
