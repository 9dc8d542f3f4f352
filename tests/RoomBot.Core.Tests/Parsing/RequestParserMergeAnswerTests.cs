using RoomBot.Core.Parsing;

namespace RoomBot.Core.Tests.Parsing;

/// <summary>The clarification round trip: <see cref="RequestParser.MergeAnswer"/> fills what the question asked for.</summary>
[Collection(ParserCollection.Name)]
public sealed class RequestParserMergeAnswerTests(ParserFixture fixture)
{
    [Theory]
    [InlineData("book room 7 tomorrow", "3pm", "room=7;start=2026-11-25T15:00;end=2026-11-25T16:00;clarify=no")]
    [InlineData("book room 7", "tomorrow 3pm", "room=7;start=2026-11-25T15:00;clarify=no")]
    [InlineData("book room 7", "3pm", "room=7;start=2026-11-24T15:00;clarify=no")]
    [InlineData("book room 7", "明天", "room=7;date=2026-11-25;clarify=yes")]
    [InlineData("book a room tomorrow 3pm", "room 7", "room=7;start=2026-11-25T15:00;clarify=no")]
    [InlineData("book a room tomorrow 3pm", "Kilimanjaro", "room=9;start=2026-11-25T15:00;clarify=no")]
    [InlineData("book room 99 tomorrow 3pm", "room 7", "room=7;start=2026-11-25T15:00;clarify=no")]
    [InlineData("book room 7 tomorrow 4pm to 3pm", "5pm", "start=2026-11-25T16:00;end=2026-11-25T17:00;clarify=no")]
    [InlineData("book room 7 today 8am", "明天", "start=2026-11-25T08:00;end=2026-11-25T09:00;clarify=no")]
    [InlineData("book room 7 tomorrow 3pm for 2 hours", "friday", "start=2026-11-27T15:00;end=2026-11-27T17:00;clarify=no")]
    [InlineData("订7号会议室 明天", "下午三点到四点", "room=7;start=2026-11-25T15:00;end=2026-11-25T16:00;clarify=no")]
    [InlineData("订会议室 明天下午3点", "7号会议室", "room=7;start=2026-11-25T15:00;clarify=no")]
    [InlineData("订会议室 明天下午3点", "7号", "room=7;start=2026-11-25T15:00;clarify=no")]
    [InlineData("订7号会议室", "明天上午10点 一个半小时", "start=2026-11-25T10:00;end=2026-11-25T11:30;clarify=no")]
    [InlineData("订7号会议室 明天下午3点", "和赵六", "attendees=zhaoliu;start=2026-11-25T15:00;clarify=no")]
    [InlineData("book a room tomorrow 3pm", "room 99", "room=null;clarify=yes")]
    [InlineData("book room 7 on feb 30 at 3pm", "dec 1 at 3pm", "start=2026-12-01T15:00;clarify=no")]
    public void MergeAnswer_AnswerToQuestion_FillsMissingSlots(string request, string answer, string expected)
    {
        var context = ParserFixture.Context();
        var pending = fixture.Parser.Parse(request, context);

        var merged = fixture.Parser.MergeAnswer(pending, answer, context);

        Expectation.Check(merged, expected);
    }

    [Fact]
    public void MergeAnswer_EnglishAnswerToChineseRequest_KeepsChinese()
    {
        var context = ParserFixture.Context();
        var pending = fixture.Parser.Parse("订7号会议室", context);

        var merged = fixture.Parser.MergeAnswer(pending, "tomorrow", context);

        Assert.Equal(Language.Chinese, merged.Language);
        Assert.Equal(Intent.Book, merged.Intent);
        Assert.Contains("几点", merged.Clarify);
    }
}
