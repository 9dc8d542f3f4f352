using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Contracts;

namespace RoomBot.WeCom.Tests.Callback;

public class PassiveReplyXmlTests
{
    private static readonly TemplateCard Card = new()
    {
        CardType = "button_interaction",
        Source = new CardSource { Desc = "RoomBot", DescColor = 1 },
        MainTitle = new CardTitle { Title = "1号会议室", Desc = "明天 15:00–16:00" },
        SubTitleText = "确认预定？",
        HorizontalContentList = [new CardField { KeyName = "参会人", Value = "王五" }],
        TaskId = "book_abc_1",
        ButtonList =
        [
            new CardButton { Text = "确认", Style = 1, Key = "confirm:abc" },
            new CardButton { Text = "取消", Style = 2, Key = "cancel:abc" },
        ],
        ReplaceText = "已处理",
    };

    [Fact]
    public void UpdateButton_Doc90241Example_ExactXml()
    {
        var xml = PassiveReplyXml.UpdateButton("userid", "corpid", 1357290913, "已取消");

        Assert.Equal("<xml><ToUserName><![CDATA[userid]]></ToUserName><FromUserName><![CDATA[corpid]]></FromUserName><CreateTime>1357290913</CreateTime><MsgType><![CDATA[update_button]]></MsgType><Button><ReplaceName><![CDATA[已取消]]></ReplaceName></Button></xml>", xml);
    }

    [Fact]
    public void Text_Content_ExactXml()
    {
        var xml = PassiveReplyXml.Text("u1", "corp", 5, "hello");

        Assert.Equal("<xml><ToUserName><![CDATA[u1]]></ToUserName><FromUserName><![CDATA[corp]]></FromUserName><CreateTime>5</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hello]]></Content></xml>", xml);
    }

    [Fact]
    public void UpdateTemplateCard_Card_PascalCaseElementsAndRepeatedListItems()
    {
        var xml = PassiveReplyXml.UpdateTemplateCard("u1", "corp", 5, Card);

        Assert.Equal(
            "<xml><ToUserName><![CDATA[u1]]></ToUserName><FromUserName><![CDATA[corp]]></FromUserName><CreateTime>5</CreateTime>"
            + "<MsgType><![CDATA[update_template_card]]></MsgType><TemplateCard>"
            + "<CardType><![CDATA[button_interaction]]></CardType>"
            + "<Source><Desc><![CDATA[RoomBot]]></Desc><DescColor>1</DescColor></Source>"
            + "<MainTitle><Title><![CDATA[1号会议室]]></Title><Desc><![CDATA[明天 15:00–16:00]]></Desc></MainTitle>"
            + "<SubTitleText><![CDATA[确认预定？]]></SubTitleText>"
            + "<HorizontalContentList><KeyName><![CDATA[参会人]]></KeyName><Value><![CDATA[王五]]></Value></HorizontalContentList>"
            + "<TaskId><![CDATA[book_abc_1]]></TaskId>"
            + "<ButtonList><Text><![CDATA[确认]]></Text><Style>1</Style><Key><![CDATA[confirm:abc]]></Key></ButtonList>"
            + "<ButtonList><Text><![CDATA[取消]]></Text><Style>2</Style><Key><![CDATA[cancel:abc]]></Key></ButtonList>"
            + "<ReplaceText><![CDATA[已处理]]></ReplaceText>"
            + "</TemplateCard></xml>",
            xml);
    }

    [Fact]
    public void UpdateTemplateCard_ContentWithCDataTerminator_StaysWellFormedAndRoundTrips()
    {
        var card = Card with { SubTitleText = "a]]>b<c>&d" };

        var reply = PassiveReplyParser.Parse(PassiveReplyXml.UpdateTemplateCard("u1", "corp", 5, card));

        Assert.Equal("a]]>b<c>&d", reply.Card!.SubTitleText);
    }
}
