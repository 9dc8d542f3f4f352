using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Tests.Crypto;

namespace RoomBot.WeCom.Tests.Callback;

public class InboundMessageWriterTests
{
    [Theory]
    [InlineData("text-en")]
    [InlineData("text-zh")]
    [InlineData("card-click")]
    [InlineData("enter-agent")]
    public void Write_ParsedInteropPlaintext_ByteIdenticalToWeCom(string caseName)
    {
        var plain = InteropVectors.Load().Cases.Single(c => c.Name == caseName).Plaintext;

        Assert.Equal(plain, InboundMessageWriter.Write(InboundMessageParser.Parse(plain)));
    }

    [Fact]
    public void WriteText_Fields_ParsesBackToSameMessage()
    {
        var xml = InboundMessageWriter.WriteText("corp", "zhangsan", 1795485600, "订 ]]> 会议室 <1>", 42, "1000002");

        var text = Assert.IsType<TextMessage>(InboundMessageParser.Parse(xml));
        Assert.Equal(new TextMessage("订 ]]> 会议室 <1>", 42)
        {
            ToUserName = "corp", FromUserName = "zhangsan", CreateTime = 1795485600, MsgType = "text", AgentId = "1000002",
        }, text);
    }

    [Fact]
    public void Write_CardClickWithSelections_RoundTrips()
    {
        var click = new TemplateCardEvent("submit", "t1", "multiple_interaction", "rc",
            [new SelectedItem("room", ["r1", "r2"]), new SelectedItem("time", ["15:00"])])
        {
            ToUserName = "corp", FromUserName = "u1", CreateTime = 100, MsgType = "event", AgentId = "1",
        };

        var xml = InboundMessageWriter.Write(click);
        var back = Assert.IsType<TemplateCardEvent>(InboundMessageParser.Parse(xml));

        Assert.Equal(click.DedupKey, back.DedupKey);
        Assert.Equal(click.ResponseCode, back.ResponseCode);
        Assert.Equal(click.SelectedItems.Select(i => (i.QuestionKey, string.Join(',', i.OptionIds))),
            back.SelectedItems.Select(i => (i.QuestionKey, string.Join(',', i.OptionIds))));
        Assert.Equal(xml, InboundMessageWriter.Write(back));
    }

    [Theory]
    [InlineData(InboundMessageParserTests.BookSample)]
    [InlineData(InboundMessageParserTests.CancelSample)]
    public void Write_MeetingRoomEventDocSample_WritesWeComsElementOrder(string sample)
    {
        var parsed = InboundMessageParser.Parse(sample);

        // The sample's line breaks and trailing space inside the CDATA are the only differences from our output.
        var expected = sample.Replace("\n", "", StringComparison.Ordinal).Replace("AAA ]]>", "AAA]]>", StringComparison.Ordinal);
        Assert.Equal(expected, InboundMessageWriter.Write(parsed));
    }

    [Theory]
    [InlineData("book_meeting_room", 7, "bk1")]
    [InlineData("cancel_meeting_room", null, null)]
    public void Write_MeetingRoomEvent_RoundTrips(string eventName, int? roomId, string? bookingId)
    {
        var room = new MeetingRoomEvent(eventName, roomId, bookingId)
        {
            ToUserName = "corp", FromUserName = "u1", CreateTime = 100, MsgType = "event",
        };

        Assert.Equal(room, InboundMessageParser.Parse(InboundMessageWriter.Write(room)));
    }

    [Fact]
    public void Write_MeetingRoomEventWithLegacyMeetingId_WritesItAsBookingId()
    {
        var room = new MeetingRoomEvent("book_meeting_room", 7, null, "mt1") { FromUserName = "u1", MsgType = "event" };

        var back = Assert.IsType<MeetingRoomEvent>(InboundMessageParser.Parse(InboundMessageWriter.Write(room)));

        Assert.Equal("mt1", back.BookingId);
    }

    [Fact]
    public void Write_MenuEventAndUnknown_RoundTrip()
    {
        var menu = new TemplateCardMenuEvent("mute", "t9", "text_notice", "rc9")
        {
            ToUserName = "corp", FromUserName = "u1", CreateTime = 100, MsgType = "event", AgentId = "1",
        };
        var image = new UnknownMessage(null) { ToUserName = "corp", FromUserName = "u1", CreateTime = 100, MsgType = "image", MsgId = 5 };

        Assert.Equal(menu, InboundMessageParser.Parse(InboundMessageWriter.Write(menu)));
        Assert.Equal(image, InboundMessageParser.Parse(InboundMessageWriter.Write(image)));
    }

    [Fact]
    public void WriteText_ControlCharacter_ReplacedSoXmlStaysReadable()
    {
        var xml = InboundMessageWriter.WriteText("corp", "u1", 1, "a\u0001b", 1, "1");

        Assert.Equal("a\uFFFDb", Assert.IsType<TextMessage>(InboundMessageParser.Parse(xml)).Content);
    }
}
