using System.Diagnostics;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using RoomBot.Core.Parsing;

namespace RoomBot.Benchmarks;

/// <summary>
/// <c>parser-report</c>: a quick, reproducible per-utterance report (median and p99) of the whole parser next to
/// the bare Recognizers call on the same inputs, interleaved in one run so both see the same machine load.
/// </summary>
internal static class ParserReport
{
    private const int Rounds = 200;

    public static void Run()
    {
        var parser = new RequestParser(new ParserOptions());
        parser.WarmUp();
        var context = BenchmarkInputs.Context();
        var localNow = BenchmarkInputs.Now.DateTime;
        var english = new DateTimeRecognizer(Culture.English, DateTimeOptions.None).GetDateTimeModel();
        var chinese = new DateTimeRecognizer(Culture.Chinese, DateTimeOptions.None).GetDateTimeModel();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parser-report: {Rounds} rounds x {BenchmarkInputs.English.Length} English / {BenchmarkInputs.Chinese.Length} Chinese utterances, {Environment.ProcessorCount} cores, {Environment.Version}"));
        Console.WriteLine("language  what                 median ms    p99 ms    mean ms");
        foreach (var (name, model, inputs) in new[] { ("English", english, BenchmarkInputs.English), ("Chinese", chinese, BenchmarkInputs.Chinese) })
        {
            var raw = new List<double>();
            var full = new List<double>();
            for (var round = 0; round < Rounds + 10; round++)
            {
                foreach (var text in inputs)
                {
                    var r = Time(() => model.Parse(text, localNow));
                    var p = Time(() => parser.Parse(text, context));
                    if (round >= 10)
                    {
                        raw.Add(r);
                        full.Add(p);
                    }
                }
            }

            Print(name, "raw Recognizers", raw);
            Print(name, "whole parser", full);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-9} ratio parser/raw     {Percentile(full, 0.5) / Percentile(raw, 0.5),9:F2} {Percentile(full, 0.99) / Percentile(raw, 0.99),9:F2} {full.Average() / raw.Average(),10:F2}"));
        }
    }

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static void Print(string language, string what, List<double> samples) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{language,-9} {what,-20} {Percentile(samples, 0.5),9:F3} {Percentile(samples, 0.99),9:F3} {samples.Average(),10:F3}"));

    private static double Percentile(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
    }
}
