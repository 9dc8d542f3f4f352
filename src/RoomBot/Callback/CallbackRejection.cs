namespace RoomBot.Callback;

/// <summary>Why a callback request was refused. The response says as little as the status code; the log says which.</summary>
public enum CallbackRejection
{
    MissingParameters,
    BodyTooLarge,
    MalformedEnvelope,
    BadSignature,
    Undecryptable,
    WrongReceiveId,
    MalformedMessage,
}
