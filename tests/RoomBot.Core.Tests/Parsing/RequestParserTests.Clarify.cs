namespace RoomBot.Core.Tests.Parsing;

public sealed partial class RequestParserTests
{
    [Theory]
    [InlineData("book a room tomorrow", "intent=book;date=2026-11-25;clarify=yes;lang=en")]
    [InlineData("book room 7", "room=7;start=null;clarify=yes")]
    [InlineData("book a room", "clarify=yes")]
    [InlineData("book a room tomorrow at 3pm", "start=2026-11-25T15:00;room=null;clarify=yes")]
    [InlineData("book room 7 tomorrow 4pm to 3pm", "clarify=yes")]
    [InlineData("book room 7 tomorrow 3pm to 3pm", "clarify=yes")]
    [InlineData("book room 99 tomorrow 3pm", "room=null;clarify=yes")]
    [InlineData("book room 7 yesterday at 3pm", "clarify=yes")]
    [InlineData("book room 7 tomorrow afternoon", "date=2026-11-25;clarify=yes")]
    [InlineData("订会议室", "clarify=yes;lang=zh")]
    [InlineData("订7号会议室", "room=7;clarify=yes")]
    [InlineData("明天订个会议室", "date=2026-11-25;clarify=yes")]
    [InlineData("订明天下午3点的会议室", "start=2026-11-25T15:00;clarify=yes")]
    [InlineData("订7号会议室 明天下午4点到3点", "clarify=yes")]
    [InlineData("订99号会议室 明天下午3点", "room=null;clarify=yes")]
    [InlineData("订7号会议室 今天上午8点", "clarify=yes")]
    [InlineData("book room 7 on feb 30 at 3pm", "start=null;clarify=yes")]
    [InlineData("book room 7 tomorrow at 25:00", "start=null;clarify=yes")]
    [InlineData("订7号会议室 2月30日下午3点", "start=null;clarify=yes")]
    [InlineData("订7号会议室 明天25点", "start=null;clarify=yes")]
    [InlineData("book room 7 in 99999999 hours", "start=null;clarify=yes")]
    [InlineData("book room 7 tomorrow or friday at 3pm", "start=null;clarify=yes")]
    [InlineData("订7号会议室 明天下午3点或者4点", "start=null;clarify=yes")]
    [InlineData("book room 7 tomorrow 3pm for 2 weeks", "clarify=yes")]
    [InlineData("book room 7 tomorrow 3pm", "clarify=no")]
    [InlineData("订7号会议室 明天下午3点", "clarify=no")]
    public void Parse_MissingOrInvalidPieces_AskInsteadOfGuessing(string text, string expected) => Check(text, expected);

    [Fact]
    public void Parse_ChineseRequestNeedingTime_AsksInChinese()
    {
        var result = fixture.Parse("明天订7号会议室");

        Assert.NotNull(result.Clarify);
        Assert.Contains("几点", result.Clarify);
    }

    [Fact]
    public void Parse_EnglishRequestWithUnknownRoom_NamesTheRoomInEnglish()
    {
        var result = fixture.Parse("book room 42 tomorrow 3pm");

        Assert.Equal("room 42", result.UnresolvedRoom);
        Assert.Contains("room 42", result.Clarify);
        Assert.DoesNotContain("会议室", result.Clarify);
    }

    [Fact]
    public void Parse_RoomNumberCarriedBySeveralRooms_AsksWhichOne()
    {
        var rooms = ParserFixture.Rooms.Append(new() { MeetingRoomId = 70, Name = "Room 7 (Beijing)" }).ToList();
        var context = ParserFixture.Context() with { Rooms = rooms };

        var result = fixture.Parser.Parse("book room 7 tomorrow 3pm", context);

        Assert.Null(result.MeetingRoomId);
        Assert.Contains("7号会议室", result.Clarify);
        Assert.Contains("Room 7 (Beijing)", result.Clarify);
    }
}
