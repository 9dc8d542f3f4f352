namespace RoomBot.Core.Tests.Parsing;

public sealed partial class RequestParserTests
{
    [Theory]
    [InlineData("please could you book room 7 for me tomorrow at 10am, thanks!", "room=7;start=2026-11-25T10:00")]
    [InlineData("hi bot, can you reserve Kilimanjaro for tomorrow 3pm? thx", "intent=book;room=9;start=2026-11-25T15:00")]
    [InlineData("um, book room 7, tomorrow, 3pm... please", "room=7;start=2026-11-25T15:00")]
    [InlineData("  book   room 7    tomorrow   3pm  ", "room=7;start=2026-11-25T15:00")]
    [InlineData("BOOK ROOM 7 TOMORROW 3PM", "room=7;start=2026-11-25T15:00")]
    [InlineData("Book room 7 tmrw 3pm", "room=7;start=2026-11-25T15:00")]
    [InlineData("麻烦帮我订一下7号会议室，明天上午十点，谢谢！", "room=7;start=2026-11-25T10:00")]
    [InlineData("你好，请帮忙预定7号会议室，明天下午三点到四点，谢谢", "room=7;start=2026-11-25T15:00;end=2026-11-25T16:00")]
    [InlineData("订７号会议室，明天下午３点。", "room=7;start=2026-11-25T15:00")]
    [InlineData("订７号会议室，明天下午３点－４点", "room=7;start=2026-11-25T15:00;end=2026-11-25T16:00")]
    [InlineData("订　7号会议室　明天　下午3点", "room=7;start=2026-11-25T15:00")]
    [InlineData("明天3pm订7号会议室", "room=7;start=2026-11-25T15:00;lang=zh")]
    [InlineData("book 泰山厅 tomorrow 10am", "room=10;start=2026-11-25T10:00;lang=en")]
    [InlineData("订Matterhorn 明天 10:30", "room=15;start=2026-11-25T10:30;lang=zh")]
    [InlineData("明天 3pm book room 7", "room=7;start=2026-11-25T15:00")]
    [InlineData("book room 7 明天下午3点", "room=7;start=2026-11-25T15:00")]
    [InlineData("tomorrow 3pm 订7号会议室", "room=7;start=2026-11-25T15:00")]
    [InlineData("预定7号会议室!!! 明天下午3点???", "room=7;start=2026-11-25T15:00")]
    public void Parse_PolitenessFillerAndPunctuation_DoNotChangeSlots(string text, string expected) => Check(text, expected);
}
