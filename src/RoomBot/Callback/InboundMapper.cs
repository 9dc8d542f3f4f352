using RoomBot.Core.Conversation;
using RoomBot.WeCom.Callback;

namespace RoomBot.Callback;

/// <summary>Maps WeCom's callback messages to the bot's platform-neutral <see cref="IncomingMessage"/>.</summary>
internal static class InboundMapper
{
    public static IncomingMessage Map(InboundMessage inbound)
    {
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(inbound.CreateTime);
        return inbound switch
        {
            TextMessage text => new(IncomingKind.Text, inbound.FromUserName, sentAt) { Text = text.Content },
            EnterAgentEvent => new(IncomingKind.Entered, inbound.FromUserName, sentAt),
            TemplateCardEvent click => new(IncomingKind.CardAction, inbound.FromUserName, sentAt)
            {
                ActionKey = click.EventKey,
                CardTaskId = click.TaskId,
                ResponseCode = click.ResponseCode,
            },
            TemplateCardMenuEvent menu => new(IncomingKind.CardAction, inbound.FromUserName, sentAt)
            {
                ActionKey = menu.EventKey,
                CardTaskId = menu.TaskId,
                ResponseCode = menu.ResponseCode,
            },
            MeetingRoomEvent room => new(room.IsCancellation ? IncomingKind.RoomCancelled : IncomingKind.RoomBooked,
                inbound.FromUserName, sentAt)
            {
                MeetingRoomId = room.MeetingRoomId,
                BookingId = room.EffectiveBookingId,
            },
            UnknownMessage other => new(IncomingKind.Other, inbound.FromUserName, sentAt)
            {
                OtherType = other.Event is { Length: > 0 } e ? $"{inbound.MsgType}/{e}" : inbound.MsgType,
            },
            _ => new(IncomingKind.Other, inbound.FromUserName, sentAt) { OtherType = inbound.MsgType },
        };
    }
}
