using RoomBot.Core.Parsing;

namespace RoomBot.Core.Tests.Parsing;

/// <summary>
/// Labelled cases for <see cref="RequestParser"/>, split by concern over partial files. Unless a case says otherwise,
/// "now" is Tuesday 2026-11-24 10:00 in Asia/Shanghai and the speaker is zhangsan.
/// </summary>
[Collection(ParserCollection.Name)]
public sealed partial class RequestParserTests(ParserFixture fixture)
{
    private void Check(string text, string expected, string? now = null) =>
        Expectation.Check(fixture.Parse(text, now), expected);
}
