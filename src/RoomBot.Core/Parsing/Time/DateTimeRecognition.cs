using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// One Recognizers date-time model per culture, built once and reused: the static helpers rebuild their caches on
/// every call (docs/parsing.md measured ~300 ms for a first call, then ~0.6 ms English / ~3.4 ms Chinese).
/// The models hold no per-call state, so one instance serves every thread.
/// </summary>
internal sealed class DateTimeRecognition
{
    private readonly DateTimeModel _english = new DateTimeRecognizer(Culture.English, DateTimeOptions.None).GetDateTimeModel();
    private readonly DateTimeModel _chinese = new DateTimeRecognizer(Culture.Chinese, DateTimeOptions.None).GetDateTimeModel();

    /// <summary>
    /// Recognises date-time entities. The library has no time-zone parameter, so <paramref name="localNow"/> is the
    /// user's wall-clock time.
    /// </summary>
    public IReadOnlyList<ModelResult> Recognize(string text, Language language, DateTime localNow) =>
        string.IsNullOrWhiteSpace(text) ? [] : Model(language).Parse(text, localNow);

    public void WarmUp(DateTime localNow)
    {
        Recognize("book room at 3pm tomorrow for 2 hours", Language.English, localNow);
        Recognize("next monday 10-11am", Language.English, localNow);
        Recognize("明天下午3点到4点半", Language.Chinese, localNow);
        Recognize("下周三上午9点 一个小时", Language.Chinese, localNow);
    }

    private DateTimeModel Model(Language language) => language == Language.Chinese ? _chinese : _english;
}
