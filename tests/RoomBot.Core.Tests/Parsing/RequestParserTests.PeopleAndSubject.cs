namespace RoomBot.Core.Tests.Parsing;

public sealed partial class RequestParserTests
{
    [Theory]
    [InlineData("book room 7 tomorrow 3pm with zhaoliu", "attendees=zhaoliu")]
    [InlineData("book room 7 tomorrow 3pm with zhaoliu and sunqi", "attendees=zhaoliu,sunqi")]
    [InlineData("book room 7 tomorrow 3pm with @zhaoliu @sunqi", "attendees=zhaoliu,sunqi")]
    [InlineData("book room 7 tomorrow 3pm with ZhaoLiu", "attendees=zhaoliu")]
    [InlineData("book room 7 tomorrow 3pm with mike.li", "attendees=mike.li")]
    [InlineData("book room 7 tomorrow 3pm invite 陈静 and 王芳", "attendees=chenjing,wangfang;lang=en")]
    [InlineData("book room 7 tomorrow 3pm with zhangsan and zhaoliu", "attendees=zhaoliu")]
    [InlineData("book room 7 tomorrow 3pm with nobody", "attendees=")]
    [InlineData("订7号会议室 明天下午3点 和赵六、孙七", "attendees=zhaoliu,sunqi")]
    [InlineData("订7号会议室 明天下午3点 参会人：@赵六 @陈静", "attendees=zhaoliu,chenjing")]
    [InlineData("订7号会议室 明天下午3点 叫上王芳和李明", "attendees=wangfang,mike.li")]
    [InlineData("订7号会议室 明天下午3点 @sunqi", "attendees=sunqi")]
    [InlineData("订7号会议室 明天下午3点 和张三、赵六", "attendees=zhaoliu")]
    [InlineData("明天下午五点和赵六在7号会议室开会", "room=7;start=2026-11-25T17:00;attendees=zhaoliu")]
    public void Parse_Attendees_ResolvedThroughDirectory(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("book room 7 tomorrow 3pm subject standup", "subject=standup;start=2026-11-25T15:00")]
    [InlineData("book room 7 tomorrow 3pm subject: design review", "subject=design review")]
    [InlineData("book room 7 subject design review tomorrow at 3pm", "subject=design review;start=2026-11-25T15:00")]
    [InlineData("book room 7 tomorrow 3pm titled \"Q3 planning\"", "subject=Q3 planning;start=2026-11-25T15:00")]
    [InlineData("book room 7 tomorrow 3pm called \"3pm retro\"", "subject=3pm retro;start=2026-11-25T15:00;end=2026-11-25T16:00")]
    [InlineData("book room 7 tomorrow 3pm \"Hiring sync\"", "subject=Hiring sync")]
    [InlineData("book room 7 tomorrow 3pm topic: budget, with sunqi", "subject=budget;attendees=sunqi")]
    [InlineData("book room 7 tomorrow 3pm with sunqi", "subject=null")]
    [InlineData("订7号会议室 明天下午3点 主题：周会", "subject=周会")]
    [InlineData("订7号会议室 明天下午3点 主题是产品评审", "subject=产品评审")]
    [InlineData("订7号会议室 明天下午3点 标题“招聘同步”", "subject=招聘同步")]
    [InlineData("订7号会议室 明天下午3点 议题：预算", "subject=预算")]
    [InlineData("订7号会议室 明天下午3点「季度复盘」", "subject=季度复盘")]
    [InlineData("订7号会议室 明天下午3点 会议主题为OKR对齐，和赵六", "subject=OKR对齐;attendees=zhaoliu")]
    [InlineData("帮我订7号会议室，明天下午两点，和赵六讨论需求", "subject=null;attendees=zhaoliu")]
    [InlineData("下午3点半到5点 7号会议室 和@赵六 @sunqi 主题 “周会”", "room=7;start=2026-11-24T15:30;end=2026-11-24T17:00;attendees=zhaoliu,sunqi;subject=周会")]
    public void Parse_Subject_OnlyWhenSaidExplicitly(string text, string expected) => Check(text, expected);
}
