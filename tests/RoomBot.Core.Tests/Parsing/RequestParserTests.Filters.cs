namespace RoomBot.Core.Tests.Parsing;

public sealed partial class RequestParserTests
{
    [Theory]
    [InlineData("book a room for 10 people tomorrow 3pm", "intent=book;capacity=10;room=null;clarify=no")]
    [InlineData("book a 6-person room tomorrow 3pm", "capacity=6;clarify=no")]
    [InlineData("book a room that seats 12 tomorrow 3pm", "capacity=12")]
    [InlineData("any room for 8 people now?", "intent=freerooms;capacity=8;start=2026-11-24T10:00")]
    [InlineData("free rooms for 4 ppl at 3", "intent=freerooms;capacity=4;start=2026-11-24T15:00")]
    [InlineData("订个能坐20人的会议室 明天上午10点到12点", "capacity=20;start=2026-11-25T10:00;end=2026-11-25T12:00;clarify=no")]
    [InlineData("明天下午3点 订一个10人的会议室", "capacity=10")]
    [InlineData("明天下午3点 订一个十个人的会议室", "capacity=10")]
    [InlineData("现在有能坐6个人的会议室吗", "intent=freerooms;capacity=6;start=2026-11-24T10:00")]
    [InlineData("明天下午3点 要一个容纳8人的会议室", "capacity=8")]
    [InlineData("有没有6个人的会议室", "intent=freerooms;capacity=6")]
    [InlineData("do we have a room for 6 at 3?", "intent=freerooms;capacity=6;start=2026-11-24T15:00")]
    public void Parse_Capacity_IsReadInBothLanguages(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("book a room in Shanghai tomorrow 3pm", "city=上海;clarify=no")]
    [InlineData("book a room in 北京 tomorrow 3pm", "city=北京")]
    [InlineData("book a room in Pudong Center tomorrow 3pm", "building=Pudong Center")]
    [InlineData("book a room on the 30th floor tomorrow 3pm", "floor=30F;start=2026-11-25T15:00")]
    [InlineData("book a room on floor 18 tomorrow 3pm", "floor=18F;start=2026-11-25T15:00")]
    [InlineData("明天下午2点 科兴科学园 3楼 找个会议室", "building=科兴科学园;floor=3F;start=2026-11-25T14:00")]
    [InlineData("明天下午2点 深圳 18层 订个会议室", "city=深圳;floor=18F;start=2026-11-25T14:00")]
    [InlineData("明天下午2点 腾讯大厦18F 订个会议室", "building=腾讯大厦;floor=18F")]
    [InlineData("book a room with a projector tomorrow 3pm", "equipment=3;clarify=no")]
    [InlineData("book a room with a tv and a whiteboard tomorrow 3pm", "equipment=1,4")]
    [InlineData("book a room with video conferencing tomorrow 3pm", "equipment=5")]
    [InlineData("明天下午3点 订个有投影和白板的会议室", "equipment=3,4")]
    [InlineData("明天下午3点 订个带电视和电话的会议室", "equipment=1,2")]
    [InlineData("book room 7 tomorrow 3pm online meeting", "online=yes")]
    [InlineData("订7号会议室 明天下午3点 线上会议", "online=yes")]
    [InlineData("book room 7 tomorrow 3pm and remind design", "group=design")]
    [InlineData("订7号会议室 明天下午3点 提醒设计组", "group=设计")]
    public void Parse_LocationEquipmentAndOptions_AreFilters(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("book room 7 every friday 4pm", "recurrence=weekly;start=2026-11-27T16:00;end=2026-11-27T17:00")]
    [InlineData("book room 7 every monday at 10am", "recurrence=weekly;start=2026-11-30T10:00")]
    [InlineData("book room 7 every day at 9am", "recurrence=daily;start=2026-11-25T09:00")]
    [InlineData("book room 7 daily at 5pm", "recurrence=daily;start=2026-11-24T17:00")]
    [InlineData("book room 7 every weekday at 9am", "recurrence=workdays;start=2026-11-25T09:00")]
    [InlineData("book room 7 on workdays at 9am", "recurrence=workdays")]
    [InlineData("book room 7 every other tuesday at 3pm", "recurrence=weekly/2;start=2026-11-24T15:00")]
    [InlineData("book room 7 every month on the 1st at 10am", "recurrence=monthly;start=2026-12-01T10:00")]
    [InlineData("book room 7 every day at 5pm until december 31", "recurrence=daily/1/2026-12-31;start=2026-11-24T17:00")]
    [InlineData("每周五下午4点订7号会议室", "recurrence=weekly;start=2026-11-27T16:00")]
    [InlineData("每周一上午10点 7号会议室 一个小时", "recurrence=weekly;start=2026-11-30T10:00;end=2026-11-30T11:00")]
    [InlineData("每天上午9点半订7号会议室 15分钟", "recurrence=daily;start=2026-11-25T09:30;end=2026-11-25T09:45")]
    [InlineData("每个工作日上午9点订7号会议室", "recurrence=workdays;start=2026-11-25T09:00")]
    [InlineData("工作日每天下午6点订7号会议室", "recurrence=workdays;start=2026-11-24T18:00")]
    [InlineData("每两周的周三下午3点订7号会议室", "recurrence=weekly/2;start=2026-11-25T15:00")]
    [InlineData("每月1号上午10点订7号会议室", "recurrence=monthly;start=2026-12-01T10:00")]
    public void Parse_Recurrence_StartsAtFirstOccurrence(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("book room 7 every weekday at 9am", "recurrence=workdays;start=2026-11-30T09:00")]
    [InlineData("每个工作日上午9点订7号会议室", "recurrence=workdays;start=2026-11-30T09:00")]
    public void Parse_WorkdaysSaidOnFridayAfterTheHour_StartsMonday(string text, string expected) =>
        Check(text, expected, "2026-11-27T10:00:00+08:00");
}
