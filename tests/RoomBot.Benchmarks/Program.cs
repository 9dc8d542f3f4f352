using BenchmarkDotNet.Running;
using RoomBot.Benchmarks.Reminders;

namespace RoomBot.Benchmarks;

internal static class BenchmarkEntry
{
    /// <summary>
    /// <c>parser-report</c> and <c>reminders-report</c> print reproducible reports (reminder lateness needs minutes of
    /// wall time, not a BenchmarkDotNet loop); anything else goes to BenchmarkDotNet.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["parser-report", ..]:
                ParserReport.Run();
                return 0;
            case ["reminders-report", .. var rest]:
                return await ReminderLatencyReport.RunAsync(rest);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
                return 0;
        }
    }
}
