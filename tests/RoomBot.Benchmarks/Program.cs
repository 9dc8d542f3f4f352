using BenchmarkDotNet.Running;

namespace RoomBot.Benchmarks;

internal static class BenchmarkEntry
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
