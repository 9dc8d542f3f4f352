using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Contracts;

namespace RoomBot.WeCom.Tests.Callback;

public class PassiveReplyParserTests
{
    [Fact]
    public void Parse_Text_ContentAndHeader()
    {
        var reply = PassiveReplyParser.Parse(PassiveReplyXml.Text("u1", "corp", 5, "你好"));

        Assert.Equal(new PassiveReply(PassiveReplyKind.Text, "u1", "corp", 5) { Content = "你好" }, reply);
    }

    [Fact]
    public void Parse_UpdateButton_ReplaceName()
    {
        var reply = PassiveReplyParser.Parse(PassiveReplyXml.UpdateButton("u1", "corp", 5, "已取消"));

        Assert.Equal(new PassiveReply(PassiveReplyKind.UpdateButton, "u1", "corp", 5) { ReplaceName = "已取消" }, reply);
    }

    [Fact]
    public void Parse_UpdateTemplateCard_CardRoundTrips()
    {
        var card = new TemplateCard
        {
            Source = new CardSource { IconUrl = "https://x/icon.png", Desc = "RoomBot", DescColor = 3 },
            MainTitle = new CardTitle { Title = "已预定" },
            HorizontalContentList = [new CardField { KeyName = "会议室", Value = "1号" }],
            CardAction = new CardAction { Type = 1, Url = "https://work.weixin.qq.com" },
            TaskId = "t1",
            ButtonList = [new CardButton { Text = "取消", Style = 3, Key = "cancel:1" }],
        };

        var reply = PassiveReplyParser.Parse(PassiveReplyXml.UpdateTemplateCard("u1", "corp", 5, card));

        Assert.Equal(PassiveReplyKind.UpdateTemplateCard, reply.Kind);
        var back = reply.Card!;
        Assert.Equal(card.CardType, back.CardType);
        Assert.Equal(card.Source, back.Source);
        Assert.Equal(card.MainTitle, back.MainTitle);
        Assert.Equal(card.CardAction, back.CardAction);
        Assert.Equal(card.TaskId, back.TaskId);
        // A single item is still a list.
        Assert.Equal(card.HorizontalContentList, back.HorizontalContentList);
        Assert.Equal(card.ButtonList, back.ButtonList);
        Assert.Null(back.ReplaceText);
    }

    [Theory]
    [InlineData("<xml><MsgType>news</MsgType></xml>")]
    [InlineData("<xml><MsgType>text</MsgType></xml>")]
    [InlineData("<xml><MsgType>update_button</MsgType></xml>")]
    [InlineData("<xml><MsgType>update_template_card</MsgType></xml>")]
    [InlineData("<xml><MsgType>update_template_card</MsgType><TemplateCard><ButtonList><Style>blue</Style></ButtonList></TemplateCard></xml>")]
    [InlineData("<xml>")]
    public void Parse_UnsupportedOrIncomplete_ThrowsFormatException(string xml)
    {
        Assert.Throws<FormatException>(() => PassiveReplyParser.Parse(xml));
    }
}
