namespace RoomBot.Core.Parsing.Time;

/// <summary>Rewrites applied just before the recogniser, per culture model (see <see cref="ChineseRewrites"/>, <see cref="EnglishRewrites"/>).</summary>
internal static class RecognizerRewrites
{
    public static string Apply(string text, Language language) =>
        language == Language.Chinese ? ChineseRewrites.Apply(text) : EnglishRewrites.Apply(text);
}
