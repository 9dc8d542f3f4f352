using System.Text.Json;
using Microsoft.Extensions.Logging;
using RoomBot.Sandbox.Chat;
using RoomBot.WeCom;
using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Crypto;

namespace RoomBot.Sandbox.Callback;

/// <summary>
/// Does with the body of the bot's 200 answer what the WeCom client shows (doc 90241): checks the signature, decrypts,
/// and applies a text (a bot message), an update_button (greys the clicked card's buttons with the label) or an
/// update_template_card (replaces the clicked card). Card updates answer a click only.
/// </summary>
public sealed partial class PassiveReplyApplier(SandboxChatService chat, ILogger<PassiveReplyApplier> logger)
{
    public async Task<PassiveReplyOutcome> ApplyAsync(WeComCrypto crypto, string body, string userId, long? cardMessageId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return PassiveReplyOutcome.None;
        }

        PassiveReply reply;
        try
        {
            var envelope = CallbackEnvelope.ReadReply(body);
            if (!crypto.VerifySignature(envelope.MsgSignature, envelope.TimeStamp, envelope.Nonce, envelope.Encrypt))
            {
                return Rejected(userId, "bad signature");
            }

            reply = PassiveReplyParser.Parse(crypto.Decrypt(envelope.Encrypt));
        }
        catch (Exception ex) when (ex is WeComCryptoException or FormatException)
        {
            return Rejected(userId, ex.Message);
        }

        switch (reply.Kind)
        {
            case PassiveReplyKind.Text:
                var content = JsonSerializer.Serialize(new TextBody(reply.Content ?? ""), WeComJson.Options);
                await chat.RecordBotMessageAsync(userId, "text", content, ct);
                return PassiveReplyOutcome.Text;
            case PassiveReplyKind.UpdateButton when cardMessageId is long id:
                return await chat.UpdateCardAsync(id, reply.ReplaceName, null, ct)
                    ? PassiveReplyOutcome.UpdateButton
                    : Rejected(userId, "the clicked card is gone");
            case PassiveReplyKind.UpdateTemplateCard when cardMessageId is long id && reply.Card is not null:
                return await chat.UpdateCardAsync(id, null, JsonSerializer.Serialize(reply.Card, WeComJson.Options), ct)
                    ? PassiveReplyOutcome.UpdateTemplateCard
                    : Rejected(userId, "the clicked card is gone");
            default:
                // doc 90241: a card update answers a click; WeCom has no card to apply it to otherwise.
                return Rejected(userId, "a card update that answers no click");
        }
    }

    private PassiveReplyOutcome Rejected(string userId, string reason)
    {
        LogRejected(logger, userId, reason);
        return PassiveReplyOutcome.Rejected;
    }

    private sealed record TextBody([property: System.Text.Json.Serialization.JsonPropertyName("content")] string Content);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Passive reply to {UserId} not applied: {Reason}")]
    private static partial void LogRejected(ILogger logger, string userId, string reason);
}
