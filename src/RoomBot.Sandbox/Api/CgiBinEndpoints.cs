using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RoomBot.Sandbox.Api;

/// <summary>WeCom's API paths under <c>/cgi-bin/</c>; each answers both methods so a wrong one gets 43001/43002, not a 405.</summary>
internal static class CgiBinEndpoints
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Post];

    public static void MapCgiBin(this IEndpointRouteBuilder e)
    {
        var g = e.MapGroup("/cgi-bin");
        Map(g, "gettoken", WeComEndpoint.Get(DirectoryApi.GetTokenAsync, token: false));
        Map(g, "user/list", WeComEndpoint.Get(DirectoryApi.ListUsersAsync));
        Map(g, "user/simplelist", WeComEndpoint.Get(DirectoryApi.ListUsersAsync));

        Map(g, "oa/meetingroom/list", WeComEndpoint.Post(RoomApi.ListAsync));
        Map(g, "oa/meetingroom/add", WeComEndpoint.Post(RoomApi.AddAsync));
        Map(g, "oa/meetingroom/edit", WeComEndpoint.Post(RoomApi.EditAsync));
        Map(g, "oa/meetingroom/del", WeComEndpoint.Post(RoomApi.DeleteAsync));

        Map(g, "oa/meetingroom/get_booking_info", WeComEndpoint.Post(BookingApi.GetBookingInfoAsync));
        Map(g, "oa/meetingroom/book", WeComEndpoint.Post(BookingApi.BookAsync));
        Map(g, "oa/meetingroom/book_by_schedule", WeComEndpoint.Post(BookingApi.BookByScheduleAsync));
        Map(g, "oa/meetingroom/book_by_meeting", WeComEndpoint.Post(BookingApi.BookByMeetingAsync));
        Map(g, "oa/meetingroom/cancel_book", WeComEndpoint.Post(BookingApi.CancelAsync));
        Map(g, "oa/meetingroom/bookinfo/get", WeComEndpoint.Post(BookingApi.BookInfoAsync));

        Map(g, "oa/schedule/add", WeComEndpoint.Post(CalendarApi.AddScheduleAsync));
        Map(g, "meeting/create", WeComEndpoint.Post(CalendarApi.CreateMeetingAsync));

        Map(g, "message/send", WeComEndpoint.Post(MessageApi.SendAsync));
        Map(g, "message/update_template_card", WeComEndpoint.Post(MessageApi.UpdateTemplateCardAsync));

        Map(g, "appchat/create", WeComEndpoint.Post(GroupApi.CreateAsync));
        Map(g, "appchat/send", WeComEndpoint.Post(GroupApi.SendAsync));
        // The robot's key is its credential (doc 91770): no access_token.
        Map(g, "webhook/send", WeComEndpoint.Post(GroupApi.WebhookSendAsync, token: false));
    }

    private static void Map(RouteGroupBuilder g, string path, RequestDelegate handler) => g.MapMethods("/" + path, Methods, handler);
}
