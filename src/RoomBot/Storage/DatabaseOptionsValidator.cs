using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace RoomBot.Storage;

/// <summary>Refuses an unknown provider or a connection string the provider cannot use, naming the key.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var provider = DatabaseOptions.ParseProvider(options.Provider);
        if (provider is null)
        {
            return ValidateOptionsResult.Fail(
                $"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)} '{options.Provider}' is not supported: use Sqlite (the default) or PostgreSQL.");
        }

        var failure = provider switch
        {
            DatabaseProvider.PostgreSQL => CheckPostgreSql(options.ConnectionString),
            _ => CheckSqlite(options.ConnectionString),
        };
        return failure is null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{DatabaseOptions.ConnectionStringKey} {failure}");
    }

    private static string? CheckPostgreSql(string connectionString)
    {
        const string Expected = "must be a PostgreSQL connection string when Database:Provider is PostgreSQL, " +
                                "e.g. Host=db;Database=roombot;Username=roombot;Password=...";
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? Expected + " (it names no Host)." : null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            return $"{Expected} ({Reason(ex)}).";
        }
    }

    private static string? CheckSqlite(string connectionString)
    {
        try
        {
            return new SqliteConnectionStringBuilder(connectionString).DataSource is { Length: > 0 }
                ? null
                : "must name a database file, e.g. Data Source=data/roombot.db.";
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            return $"is not a SQLite connection string, e.g. Data Source=data/roombot.db ({Reason(ex)}).";
        }
    }

    /// <summary>The parser's first sentence: it names the bad keyword, never the value (which may be a password).</summary>
    private static string Reason(Exception ex) => ex.Message.Split(['\r', '\n'])[0].TrimEnd('.');
}
