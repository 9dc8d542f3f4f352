namespace RoomBot.Sandbox;

/// <summary>
/// The errcodes the sandbox answers with. WeCom's documented codes keep their numbers; where doc 93620 documents none
/// (room taken, needs approval, bad time, unknown room/booking/schedule) the sandbox uses its own 939xx block,
/// listed in README.md. The bot must not depend on these numbers.
/// </summary>
public static class SandboxErrors
{
    // Documented by WeCom (doc 90313 全局错误码, 93620, 94945, 91770).
    public const int SystemBusy = -1;
    public const int InvalidSecret = 40001;
    public const int InvalidMessageType = 40008;
    public const int InvalidCorpId = 40013;
    public const int InvalidAccessToken = 40014;
    public const int InvalidAgentId = 40056;
    public const int InvalidParameter = 40058;
    public const int MissingAccessToken = 41001;
    public const int MissingCorpId = 41002;
    public const int MissingSecret = 41004;
    public const int AccessTokenExpired = 42001;
    public const int TaskIdNotFound = 42016;
    public const int GetRequired = 43001;
    public const int PostRequired = 43002;
    public const int UserNotFound = 60111;
    public const int ResponseCodeInvalid = 60140;
    public const int AllRecipientsInvalid = 81013;
    public const int ScheduleAlreadyHasRoom = 90498;
    public const int BookedByOtherApp = 90499;
    public const int WebhookKeyInvalid = 93000;

    // The sandbox's own codes: WeCom documents none for these.
    public const int RoomTaken = 93901;
    public const int NeedsApproval = 93902;
    public const int BadTime = 93903;
    public const int CrossDayQuery = 93904;
    public const int RoomNotFound = 93905;
    public const int BookingNotFound = 93906;
    public const int AlreadyCancelled = 93907;
    public const int ScheduleNotFound = 93908;
    public const int MeetingNotFound = 93909;
    public const int NotSameApp = 93910;
    public const int ChatNotFound = 93911;
    public const int NotInApproval = 93912;
}
