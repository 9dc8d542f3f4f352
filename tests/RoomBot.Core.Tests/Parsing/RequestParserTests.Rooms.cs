namespace RoomBot.Core.Tests.Parsing;

public sealed partial class RequestParserTests
{
    [Theory]
    [InlineData("book room 7 tomorrow 3pm", "intent=book;room=7;start=2026-11-25T15:00")]
    [InlineData("book room 3 on the 1st at 3pm", "room=3;start=2026-12-01T15:00")]
    [InlineData("book room 5 tonight at 7", "room=5;start=2026-11-24T19:00")]
    [InlineData("book room 5 until 5pm", "room=5;start=null;end=2026-11-24T17:00;clarify=yes")]
    [InlineData("book room #7 tomorrow at 2pm", "room=7;start=2026-11-25T14:00")]
    [InlineData("book meeting room 3 tomorrow 9am", "room=3;start=2026-11-25T09:00")]
    [InlineData("book conference room 5 at 4pm", "room=5;start=2026-11-24T16:00")]
    [InlineData("book Room 12 tomorrow 11am", "room=12;start=2026-11-25T11:00")]
    [InlineData("book room12 tomorrow 11am", "room=12;start=2026-11-25T11:00")]
    [InlineData("book the kilimanjaro room friday 2pm", "room=9;start=2026-11-27T14:00")]
    [InlineData("book KILIMANJARO friday 2pm", "room=9;start=2026-11-27T14:00")]
    [InlineData("book focus room a at 4pm", "room=8;start=2026-11-24T16:00")]
    [InlineData("reserve Matterhorn tomorrow 3-4pm", "room=15;start=2026-11-25T15:00;end=2026-11-25T16:00")]
    [InlineData("book room 6 tomorrow 3pm", "room=null;clarify=yes")]
    [InlineData("book room 1 tomorrow 3pm", "room=null;clarify=yes")]
    [InlineData("book room 30 tomorrow 3pm", "room=null;clarify=yes")]
    public void Parse_EnglishRoomMention_ResolvesRoomAndKeepsTime(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("订7号会议室 明天下午3点", "intent=book;room=7;start=2026-11-25T15:00")]
    [InlineData("明天下午3点订7号会议室", "room=7;start=2026-11-25T15:00")]
    [InlineData("订3号会议室 12月1号下午3点", "room=3;start=2026-12-01T15:00")]
    [InlineData("订5号会议室今晚7点", "room=5;start=2026-11-24T19:00")]
    [InlineData("订七号会议室 明天上午9点", "room=7;start=2026-11-25T09:00")]
    [InlineData("订会议室7 明天上午9点", "room=7;start=2026-11-25T09:00")]
    [InlineData("订7号 明天下午3点", "room=7;start=2026-11-25T15:00")]
    [InlineData("订泰山厅 周五下午2点", "room=10;start=2026-11-27T14:00")]
    [InlineData("订泰山 周五下午2点", "room=10;start=2026-11-27T14:00")]
    [InlineData("周四上午10点订Kilimanjaro", "room=9;start=2026-11-26T10:00;lang=zh")]
    [InlineData("27号下午2点订3号会议室", "room=3;start=2026-11-27T14:00")]
    [InlineData("订3号会议室 27号下午2点", "room=3;start=2026-11-27T14:00")]
    [InlineData("3号下午2点订Matterhorn", "room=15;start=2026-12-03T14:00")]
    [InlineData("订6号会议室 明天下午3点", "room=null;clarify=yes")]
    [InlineData("订小会议室 明天下午3点", "room=21;start=2026-11-25T15:00")]
    [InlineData("订88号会议室", "room=null;clarify=yes")]
    public void Parse_ChineseRoomMention_ResolvesRoomAndKeepsTime(string text, string expected) => Check(text, expected);
}
