using Microsoft.Extensions.Options;
using RoomBot.Core.Conversation;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Replies;
using RoomBot.WeCom;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Callback;

/// <summary>Delivers replies through WeCom's API: message/send, or message/update_template_card for card updates.</summary>
internal sealed class ReplySender(IWeComApi api, IOptions<WeComOptions> options, ICardStore cards, ILogger<ReplySender> logger)
{
    public async Task SendAsync(IncomingMessage to, IReadOnlyList<BotReply> replies, CancellationToken ct)
    {
        foreach (var reply in replies)
        {
            try
            {
                await SendOneAsync(to, reply, ct);
            }
            catch (WeComApiException ex)
            {
                // One failed reply must not stop the next; the user still gets the rest.
                CallbackLog.SendFailed(logger, reply.GetType().Name, to.UserId, ex.ErrCode, ex.ErrMsg);
            }
        }
    }

    private Task SendOneAsync(IncomingMessage to, BotReply reply, CancellationToken ct)
    {
        var agentId = options.Value.AgentId;
        return reply switch
        {
            BotReply.Text text => api.SendMessageAsync(AppMessage.ForText(to.UserId, text.Content) with { AgentId = agentId }, ct),
            BotReply.Markdown md => api.SendMessageAsync(AppMessage.ForMarkdown(to.UserId, md.Content) with { AgentId = agentId }, ct),
            BotReply.Card card => SendCardAsync(to, card.TemplateCard, agentId, ct),
            BotReply.UpdateButton button => UpdateCardAsync(to, new UpdateTemplateCardRequest
            {
                Button = new ReplaceButton(button.ReplaceName),
            }, ct),
            BotReply.UpdateCard card => UpdateCardAsync(to, new UpdateTemplateCardRequest
            {
                TemplateCard = card.TemplateCard,
            }, ct),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>Keeps the card's response_code (90236): it lets the bot update the card later without a click (94945).</summary>
    private async Task SendCardAsync(IncomingMessage to, TemplateCard card, int agentId, CancellationToken ct)
    {
        var sent = await api.SendMessageAsync(AppMessage.ForCard(to.UserId, card) with { AgentId = agentId }, ct);
        if (card.TaskId is { Length: > 0 } taskId)
        {
            await cards.MarkSentAsync(taskId, sent.ResponseCode, ct);
        }
    }

    private Task UpdateCardAsync(IncomingMessage to, UpdateTemplateCardRequest request, CancellationToken ct)
    {
        if (to.ResponseCode is not { Length: > 0 } code)
        {
            return Task.CompletedTask;
        }

        // 94945: the click's ResponseCode updates the clicked card for this user.
        return api.UpdateTemplateCardAsync(request with
        {
            UserIds = [to.UserId],
            AgentId = options.Value.AgentId,
            ResponseCode = code,
        }, ct);
    }
}
