using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RoomBot.Sandbox.Booking;
using RoomBot.Sandbox.Feed;
using RoomBot.WeCom;

namespace RoomBot.Sandbox.Page;

/// <summary>Routes of the chat simulator: the page at <c>/</c>, its files under <c>/sandbox/</c>, its JSON API under <c>/sandbox/api/</c>.</summary>
public static class SandboxPageEndpoints
{
    public static IServiceCollection AddSandboxPage(this IServiceCollection services)
    {
        services.AddSingleton<StaticAssets>();
        services.AddSingleton<PageUsers>();
        services.AddHostedService<PageAnnouncer>();
        return services;
    }

    public static IEndpointRouteBuilder MapSandboxPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context, StaticAssets assets) => assets.Serve(context, "index.html"));
        endpoints.MapGet("/sandbox/{file}", (string file, HttpContext context, StaticAssets assets) => assets.Serve(context, file));

        var api = endpoints.MapGroup("/sandbox/api");
        api.MapGet("/info", (CorpCalendar calendar, TimeProvider time, IOptions<WeComOptions> wecom) =>
            new InfoView(RoomHandlers.Format(RoomHandlers.Today(calendar, time)), calendar.Zone.Id, wecom.Value.CorpId, wecom.Value.AgentId));
        api.MapGet("/users", (PageUsers users) => users.All.Select(u => new UserView(u.UserId, u.Name, u.City, u.Building)).ToList());
        api.MapGet("/conversation", ChatHandlers.ConversationAsync);
        api.MapPost("/messages", ChatHandlers.SendTextAsync);
        api.MapPost("/cards/click", ChatHandlers.ClickAsync);
        api.MapPost("/enter", ChatHandlers.EnterAsync);
        api.MapGet("/groups", ChatHandlers.GroupsAsync);
        api.MapGet("/groups/{groupId}/messages", ChatHandlers.GroupMessagesAsync);
        api.MapPost("/groups/robots", ChatHandlers.AddRobotAsync);
        api.MapGet("/day", RoomHandlers.DayAsync);
        api.MapPost("/admin/bookings", RoomHandlers.BookAsync);
        api.MapPost("/admin/bookings/{bookingId}/advance", RoomHandlers.AdvanceAsync);
        api.MapPost("/admin/bookings/{bookingId}/cancel", RoomHandlers.CancelAsync);
        api.MapGet("/events", (HttpContext context, ISandboxFeed feed, IHostApplicationLifetime lifetime) =>
        {
            // Ends with the tab or with the host, so a stopping server does not wait on open streams.
            var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            context.Response.RegisterForDispose(stop);
            return TypedResults.ServerSentEvents(EventStream.ReadAsync(feed, stop.Token));
        });
        return endpoints;
    }
}
