using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Tests.Crypto;

namespace RoomBot.WeCom.Tests.Callback;

public class InboundMessageParserTests
{
    private static string Plain(string caseName) => InteropVectors.Load().Cases.Single(c => c.Name == caseName).Plaintext;

    [Fact]
    public void Parse_InteropTextZh_TextMessage()
    {
        var message = Assert.IsType<TextMessage>(InboundMessageParser.Parse(Plain("text-zh")));

        Assert.Equal("明天下午3点到4点订1号会议室，和王五", message.Content);
        Assert.Equal(7441029384756102939L, message.MsgId);
        Assert.Equal("lisi", message.FromUserName);
        Assert.Equal("ww5f3e9c1a7d2b4e60", message.ToUserName);
        Assert.Equal(1795485601L, message.CreateTime);
        Assert.Equal("text", message.MsgType);
        Assert.Equal("1000002", message.AgentId);
        Assert.Equal("msg:7441029384756102939", message.DedupKey);
    }

    [Fact]
    public void Parse_OfficialVectorAWithNewlines_TextMessage()
    {
        const string plain = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n<FromUserName><![CDATA[mycreate]]></FromUserName>\n<CreateTime>1409659813</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[hello]]></Content>\n<MsgId>4561255354251345929</MsgId>\n<AgentID>218</AgentID>\n</xml>";

        var message = Assert.IsType<TextMessage>(InboundMessageParser.Parse(plain));

        Assert.Equal("hello", message.Content);
        Assert.Equal(4561255354251345929L, message.MsgId);
        Assert.Equal("218", message.AgentId);
    }

    [Fact]
    public void Parse_InteropCardClick_TemplateCardEventWithoutSelections()
    {
        var click = Assert.IsType<TemplateCardEvent>(InboundMessageParser.Parse(Plain("card-click")));

        Assert.Equal("cancel:bkebsada6e027c123cbafAAA", click.EventKey);
        Assert.Equal("book_bkebsada6e027c123cbafAAA_1", click.TaskId);
        Assert.Equal("button_interaction", click.CardType);
        Assert.Equal("rc_29f0e1d2c3b4a596", click.ResponseCode);
        Assert.Empty(click.SelectedItems);
        Assert.Equal("evt:zhangsan|1795485700|template_card_event|cancel:bkebsada6e027c123cbafAAA|book_bkebsada6e027c123cbafAAA_1", click.DedupKey);
    }

    [Theory]
    [InlineData("OptionIds", "OptionId")]
    [InlineData("OpitonIds", "OpitonId")]
    public void Parse_SelectedItemsEitherSpelling_ReadsOptions(string listName, string itemName)
    {
        var plain = "<xml><ToUserName><![CDATA[corp]]></ToUserName><FromUserName><![CDATA[u1]]></FromUserName><CreateTime>100</CreateTime>"
            + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[submit]]></EventKey>"
            + "<TaskId><![CDATA[t1]]></TaskId><CardType><![CDATA[multiple_interaction]]></CardType><ResponseCode><![CDATA[rc]]></ResponseCode>"
            + "<AgentID>1</AgentID><SelectedItems>"
            + $"<SelectedItem><QuestionKey><![CDATA[room]]></QuestionKey><{listName}><{itemName}><![CDATA[r1]]></{itemName}><{itemName}><![CDATA[r2]]></{itemName}></{listName}></SelectedItem>"
            + $"<SelectedItem><QuestionKey><![CDATA[time]]></QuestionKey><{listName}><{itemName}><![CDATA[15:00]]></{itemName}></{listName}></SelectedItem>"
            + "</SelectedItems></xml>";

        var click = Assert.IsType<TemplateCardEvent>(InboundMessageParser.Parse(plain));

        Assert.Equal(2, click.SelectedItems.Count);
        Assert.Equal("room", click.SelectedItems[0].QuestionKey);
        Assert.Equal(["r1", "r2"], click.SelectedItems[0].OptionIds);
        Assert.Equal("time", click.SelectedItems[1].QuestionKey);
        Assert.Equal(["15:00"], click.SelectedItems[1].OptionIds);
    }

    [Fact]
    public void Parse_InteropEnterAgent_EnterAgentEvent()
    {
        var enter = Assert.IsType<EnterAgentEvent>(InboundMessageParser.Parse(Plain("enter-agent")));

        Assert.Equal("wangwu", enter.FromUserName);
        Assert.Equal("", enter.EventKey);
        Assert.Equal("evt:wangwu|1795485800|enter_agent||", enter.DedupKey);
    }

    [Fact]
    public void Parse_MenuEvent_TemplateCardMenuEvent()
    {
        const string plain = "<xml><ToUserName><![CDATA[corp]]></ToUserName><FromUserName><![CDATA[u1]]></FromUserName><CreateTime>100</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_menu_event]]></Event><EventKey><![CDATA[mute]]></EventKey><TaskId><![CDATA[t9]]></TaskId><CardType><![CDATA[text_notice]]></CardType><ResponseCode><![CDATA[rc9]]></ResponseCode><AgentID>1</AgentID></xml>";

        var menu = Assert.IsType<TemplateCardMenuEvent>(InboundMessageParser.Parse(plain));

        Assert.Equal(("mute", "t9", "text_notice", "rc9"), (menu.EventKey, menu.TaskId, menu.CardType, menu.ResponseCode));
        Assert.Equal("evt:u1|100|template_card_menu_event|mute|t9", menu.DedupKey);
    }

    // Doc 95333's two samples, verbatim (including the trailing space inside BookingId's CDATA).
    internal const string BookSample = """
        <xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[fromUser]]></FromUserName><CreateTime>1348831860</CreateTime>
        <MsgType><![CDATA[event]]></MsgType><Event><![CDATA[book_meeting_room]]></Event><MeetingRoomId>1</MeetingRoomId>
        <BookingId><![CDATA[bkebsada6e027c123cbafAAA ]]></BookingId></xml>
        """;

    internal const string CancelSample = """
        <xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[fromUser]]></FromUserName><CreateTime>1348831860</CreateTime>
        <MsgType><![CDATA[event]]></MsgType><Event><![CDATA[cancel_meeting_room]]></Event><BookingId><![CDATA[bkebsada6e027c123cbafAAA ]]></BookingId>
        <MeetingRoomId>1</MeetingRoomId></xml>
        """;

    [Theory]
    [InlineData(BookSample, "book_meeting_room", false)]
    [InlineData(CancelSample, "cancel_meeting_room", true)]
    public void Parse_MeetingRoomEventDocSample_ReadsRoomAndTrimmedBookingId(string plain, string eventName, bool isCancellation)
    {
        var room = Assert.IsType<MeetingRoomEvent>(InboundMessageParser.Parse(plain));

        Assert.Equal(eventName, room.Event);
        Assert.Equal(1, room.MeetingRoomId);
        Assert.Equal("bkebsada6e027c123cbafAAA", room.BookingId);
        Assert.Null(room.MeetingId);
        Assert.Equal(isCancellation, room.IsCancellation);
        Assert.Equal($"evt:fromUser|1348831860|{eventName}|1|bkebsada6e027c123cbafAAA", room.DedupKey);
    }

    [Fact]
    public void Parse_MeetingRoomEventWithLegacyMeetingId_UsesItAsBookingId()
    {
        const string plain = "<xml><ToUserName><![CDATA[corp]]></ToUserName><FromUserName><![CDATA[u1]]></FromUserName><CreateTime>100</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[cancel_meeting_room]]></Event><MeetingRoomId>7</MeetingRoomId><MeetingId><![CDATA[mt1]]></MeetingId></xml>";

        var room = Assert.IsType<MeetingRoomEvent>(InboundMessageParser.Parse(plain));

        Assert.Null(room.BookingId);
        Assert.Equal("mt1", room.MeetingId);
        Assert.Equal("mt1", room.EffectiveBookingId);
        Assert.Equal("evt:u1|100|cancel_meeting_room|7|mt1", room.DedupKey);
    }

    [Fact]
    public void Parse_SameSecondDifferentBookings_DistinctDedupKeys()
    {
        var first = InboundMessageParser.Parse(BookSample);
        var second = InboundMessageParser.Parse(BookSample.Replace("bkebsada6e027c123cbafAAA", "bkother", StringComparison.Ordinal));

        Assert.NotEqual(first.DedupKey, second.DedupKey);
    }

    [Fact]
    public void Parse_ImageMessage_UnknownMessageDedupedByMsgId()
    {
        const string plain = "<xml><ToUserName><![CDATA[corp]]></ToUserName><FromUserName><![CDATA[u1]]></FromUserName><CreateTime>100</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://x]]></PicUrl><MediaId><![CDATA[m]]></MediaId><MsgId>1234567</MsgId><AgentID>1</AgentID></xml>";

        var other = Assert.IsType<UnknownMessage>(InboundMessageParser.Parse(plain));

        Assert.Equal("image", other.MsgType);
        Assert.Null(other.Event);
        Assert.Equal("msg:1234567", other.DedupKey);
    }

    [Fact]
    public void Parse_UnknownEvent_UnknownMessageKeptWithEvent()
    {
        const string plain = "<xml><ToUserName><![CDATA[corp]]></ToUserName><FromUserName><![CDATA[u1]]></FromUserName><CreateTime>100</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[LOCATION]]></Event><Latitude>23.1</Latitude></xml>";

        var other = Assert.IsType<UnknownMessage>(InboundMessageParser.Parse(plain));

        Assert.Equal("LOCATION", other.Event);
        Assert.Equal("evt:u1|100|LOCATION||", other.DedupKey);
    }

    [Fact]
    public void DedupKey_TwoClicksSameSecondDifferentButtons_Distinct()
    {
        var first = new TemplateCardEvent("confirm", "t1", "button_interaction", "rc1", []) { FromUserName = "u1", CreateTime = 100 };
        var second = first with { EventKey = "cancel", ResponseCode = "rc2" };
        var redelivery = first with { ResponseCode = "rc1" };

        Assert.NotEqual(first.DedupKey, second.DedupKey);
        Assert.Equal(first.DedupKey, redelivery.DedupKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<xml><Content>hi</Content>")]
    [InlineData("<xml><FromUserName>u</FromUserName><Content>hi</Content></xml>")]       // no MsgType
    [InlineData("<message><MsgType>text</MsgType></message>")]                           // not <xml>
    [InlineData("<xml><MsgType>text</MsgType><Content>hi</Content></xml>")]              // text without MsgId
    [InlineData("<xml><MsgType>text</MsgType><MsgId>abc</MsgId></xml>")]                 // MsgId not a number
    [InlineData("<xml><MsgType>text</MsgType><MsgId>1</MsgId><CreateTime>x</CreateTime></xml>")]
    [InlineData("<!DOCTYPE xml [<!ENTITY e \"x\">]><xml><MsgType>text</MsgType><MsgId>1</MsgId></xml>")]
    public void Parse_MalformedPlaintext_ThrowsFormatException(string plain)
    {
        Assert.Throws<FormatException>(() => InboundMessageParser.Parse(plain));
    }
}
