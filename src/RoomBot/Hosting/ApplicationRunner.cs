using Microsoft.Extensions.Options;

namespace RoomBot.Hosting;

public static class ApplicationRunner
{
    /// <summary>Runs the host; a configuration that cannot work stops start-up with the keys to fix and exit code 1.</summary>
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("RoomBot cannot start, the configuration is invalid:");
            foreach (var failure in ex.Failures)
            {
                await Console.Error.WriteLineAsync("  - " + failure);
            }

            return 1;
        }
    }
}
