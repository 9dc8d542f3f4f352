using BenchmarkDotNet.Attributes;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using RoomBot.Core.Parsing;

namespace RoomBot.Benchmarks;

/// <summary>
/// The whole parser next to the bare Recognizers call (same culture model, same utterances), per language.
/// Each benchmark parses the whole utterance set once; divide by 24 for a per-utterance mean.
/// Run: <c>dotnet run -c Release --project tests/RoomBot.Benchmarks -- --filter *ParserBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private readonly RequestParser _parser = new(new ParserOptions());
    private readonly ParseContext _context = BenchmarkInputs.Context();
    private readonly DateTimeModel _english = new DateTimeRecognizer(Culture.English, DateTimeOptions.None).GetDateTimeModel();
    private readonly DateTimeModel _chinese = new DateTimeRecognizer(Culture.Chinese, DateTimeOptions.None).GetDateTimeModel();
    private readonly DateTime _localNow = BenchmarkInputs.Now.DateTime;

    [GlobalSetup]
    public void Setup() => _parser.WarmUp();

    [Benchmark(Baseline = true)]
    public int RawRecognizerEnglish() => Raw(_english, BenchmarkInputs.English);

    [Benchmark]
    public int ParserEnglish() => Parse(BenchmarkInputs.English);

    [Benchmark]
    public int RawRecognizerChinese() => Raw(_chinese, BenchmarkInputs.Chinese);

    [Benchmark]
    public int ParserChinese() => Parse(BenchmarkInputs.Chinese);

    private int Raw(DateTimeModel model, string[] inputs)
    {
        var n = 0;
        foreach (var text in inputs)
        {
            n += model.Parse(text, _localNow).Count;
        }

        return n;
    }

    private int Parse(string[] inputs)
    {
        var n = 0;
        foreach (var text in inputs)
        {
            n += (int)_parser.Parse(text, _context).Intent;
        }

        return n;
    }
}
