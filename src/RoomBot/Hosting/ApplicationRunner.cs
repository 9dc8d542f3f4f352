using Microsoft.Extensions.Options;
using RoomBot.Storage;

namespace RoomBot.Hosting;

public static class ApplicationRunner
{
    /// <summary>
    /// Runs the host; a configuration that cannot work, or a database that cannot be used, stops start-up with the
    /// keys to fix and exit code 1.
    /// </summary>
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await WriteInvalidConfigurationAsync(ex);
            return 1;
        }
        catch (DatabaseStartupException ex)
        {
            await Console.Error.WriteLineAsync("RoomBot cannot start: " + ex.Message);
            return 1;
        }
    }

    public static async Task WriteInvalidConfigurationAsync(OptionsValidationException ex)
    {
        await Console.Error.WriteLineAsync("RoomBot cannot start, the configuration is invalid:");
        foreach (var failure in ex.Failures)
        {
            await Console.Error.WriteLineAsync("  - " + failure);
        }
    }
}
