using BenchmarkDotNet.Running;
using RoomBot.Benchmarks.Reminders;

namespace RoomBot.Benchmarks;

internal static class BenchmarkEntry
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["parser-report", ..])
        {
            ParserReport.Run();
            return 0;
        }

        // A printed report on the real clock rather than a BenchmarkDotNet run: lateness needs minutes of wall time.
        if (args.Length > 0 && args[0] == "reminders-report")
        {
            return await ReminderLatencyReport.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
