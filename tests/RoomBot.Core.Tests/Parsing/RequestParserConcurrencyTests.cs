using RoomBot.Core.Parsing;

namespace RoomBot.Core.Tests.Parsing;

/// <summary>One <see cref="RequestParser"/> serves every conversation at once: parallel results must equal sequential ones.</summary>
[Collection(ParserCollection.Name)]
public sealed class RequestParserConcurrencyTests(ParserFixture fixture)
{
    private static readonly string[] Messages =
    [
        "book room 7 tomorrow 3pm with zhaoliu",
        "订7号会议室 明天下午3点到4点半 主题：周会",
        "is Kilimanjaro free at 2pm?",
        "每周五下午4点订泰山厅",
        "cancel my booking on thursday",
        "现在有能坐6个人的会议室吗",
    ];

    [Fact]
    public async Task Parse_ManyThreadsAtOnce_GivesTheSequentialResults()
    {
        var context = ParserFixture.Context();
        var expected = Messages.Select(m => fixture.Parser.Parse(m, context)).ToList();

        var work = Enumerable.Range(0, 240).Select(i => Task.Run(() => (i % Messages.Length, fixture.Parser.Parse(Messages[i % Messages.Length], context))));
        var results = await Task.WhenAll(work);

        foreach (var (which, actual) in results)
        {
            Assert.Equal(Describe(expected[which]), Describe(actual));
        }
    }

    private static string Describe(ParsedRequest r) =>
        $"{r.Intent}|{r.MeetingRoomId}|{r.Start:O}|{r.End:O}|{r.Date}|{string.Join(",", r.Attendees)}|{r.Subject}|{r.Capacity}|{r.Recurrence}|{r.Clarify}";
}
