using BenchmarkDotNet.Running;

namespace RoomBot.Benchmarks;

internal static class BenchmarkEntry
{
    public static void Main(string[] args)
    {
        if (args is ["parser-report", ..])
        {
            ParserReport.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
    }
}
