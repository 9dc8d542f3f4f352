using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomBot.Core.Commands;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Api;

namespace RoomBot.Core.Conversation;

/// <summary>
/// The one dispatcher: switches once on the message kind, hands it to its handler, and turns any failure into a
/// friendly reply in the user's language plus one log line — nothing escapes into the callback.
/// </summary>
public sealed partial class ConversationDispatcher(
    TextConversation text,
    CardActionHandler cardActions,
    RoomEventHandler roomEvents,
    IEnumerable<IReminderConversation> reminderConversations,
    TimeProvider time,
    IOptions<RoomBotOptions> options,
    ILogger<ConversationDispatcher> logger) : IConversationDispatcher
{
    public async Task<IReadOnlyList<BotReply>> DispatchAsync(IncomingMessage message, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var turn = new Turn(message, Phrases.Guess(message.Text), TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone), zone);
        try
        {
            return message.Kind switch
            {
                IncomingKind.Text => await text.HandleAsync(turn, ct),
                IncomingKind.CardAction => await OnClickAsync(turn, ct),
                IncomingKind.RoomBooked or IncomingKind.RoomCancelled => await roomEvents.HandleAsync(message, turn, ct),
                IncomingKind.Entered => HelpHandler.Greeting(),
                _ => OnOther(message),
            };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return Failed(ex, turn);
        }
    }

    private async Task<IReadOnlyList<BotReply>> OnClickAsync(Turn turn, CancellationToken ct)
    {
        var key = turn.Message.ActionKey ?? "";
        foreach (var reminders in reminderConversations)
        {
            if (reminders.CanHandleAction(key))
            {
                return await reminders.HandleActionAsync(turn.Message, ct);
            }
        }

        return await cardActions.HandleAsync(turn.Message, turn, ct);
    }

    /// <summary>Images, voice, unknown events: a short note for things a user sent, silence for events.</summary>
    private static IReadOnlyList<BotReply> OnOther(IncomingMessage message) =>
        message.OtherType?.StartsWith("event", StringComparison.Ordinal) == true
            ? []
            : [new BotReply.Text("I can only read text messages. 我只能看懂文字消息。")];

    private IReadOnlyList<BotReply> Failed(Exception ex, Turn turn)
    {
        var lang = turn.Language;
        string reply;
        if (ex is WeComApiException api)
        {
            LogWeComFailed(logger, turn.Message.Kind.ToString(), turn.UserId, api.Path, api.ErrCode, api.ErrMsg);
            reply = api.Kind switch
            {
                WeComErrorKind.RateLimited => Phrases.Pick(lang,
                    "WeCom is limiting how often I can call it. Please try again in a minute.",
                    "企业微信限制了调用频率，请一分钟后再试。"),
                WeComErrorKind.Configuration => Phrases.Pick(lang,
                    "I'm not allowed to use WeCom's meeting room API yet (app or IP not authorised). Please tell your administrator.",
                    "机器人暂无权限调用企业微信会议室接口（应用或IP未授权），请联系管理员。"),
                WeComErrorKind.Busy => Phrases.Pick(lang,
                    "WeCom is busy right now. Please try again shortly.", "企业微信繁忙，请稍后再试。"),
                _ => Phrases.Pick(lang, $"WeCom refused the request: {api.ErrMsg}", $"企业微信拒绝了请求：{api.ErrMsg}"),
            };
        }
        else if (ex is HttpRequestException or TimeoutException or TaskCanceledException)
        {
            LogUnreachable(logger, ex, turn.Message.Kind.ToString(), turn.UserId);
            // The call may have gone through: send the user to look before repeating it, never to a double booking.
            reply = Phrases.Pick(lang,
                "WeCom did not answer in time. Please check \"my bookings\" before trying again.",
                "企业微信未及时响应，请先发送“我的预定”确认，再决定是否重试。");
        }
        else
        {
            LogFailed(logger, ex, turn.Message.Kind.ToString(), turn.UserId);
            reply = Phrases.Pick(lang, "Sorry, something went wrong. Please try again.", "抱歉，出了点问题，请稍后再试。");
        }

        return turn.Message.Kind is IncomingKind.Text or IncomingKind.CardAction or IncomingKind.Entered
            ? [new BotReply.Text(reply)]
            : [];
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Kind} turn of {UserId} failed at {Path}: errcode {ErrCode}, {ErrMsg}")]
    private static partial void LogWeComFailed(ILogger logger, string kind, string userId, string path, int errCode, string errMsg);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} turn of {UserId}: WeCom unreachable or timed out")]
    private static partial void LogUnreachable(ILogger logger, Exception ex, string kind, string userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} turn of {UserId} failed")]
    private static partial void LogFailed(ILogger logger, Exception ex, string kind, string userId);
}
