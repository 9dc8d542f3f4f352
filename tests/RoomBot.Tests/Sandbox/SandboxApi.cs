using System.Text;
using System.Text.Json;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>Calls the sandbox as a WeCom client does: raw JSON over HTTP, the token in <c>?access_token=</c>.</summary>
public sealed class SandboxApi(HttpClient http)
{
    public const string CorpId = "wwroombotdemo0001";
    public const string Secret = "roombot-demo-secret";
    public const int AgentId = 1000002;

    private string? _token;

    public static SandboxApi For(RoomBotApplication app) => new(app.CreateClient());

    public HttpClient Http => http;

    public async Task<string> TokenAsync()
    {
        if (_token is null)
        {
            var answer = await GetAsync($"/cgi-bin/gettoken?corpid={CorpId}&corpsecret={Secret}");
            _token = answer.GetProperty("access_token").GetString()!;
        }

        return _token;
    }

    /// <summary>POSTs <paramref name="json"/> to <c>/cgi-bin/{path}</c> with the token and returns the answer (asserting HTTP 200).</summary>
    public async Task<JsonElement> PostAsync(string path, string json) =>
        await SendRawAsync(HttpMethod.Post, $"/cgi-bin/{path}{Separator(path)}access_token={await TokenAsync()}", json);

    public async Task<JsonElement> GetAsync(string pathAndQuery) => await SendRawAsync(HttpMethod.Get, pathAndQuery, null);

    public async Task<JsonElement> SendRawAsync(HttpMethod method, string pathAndQuery, string? body)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> BookAsync(int room, long start, long end, string booker = "zhangsan", string? subject = "周会") =>
        PostAsync("oa/meetingroom/book", JsonSerializer.Serialize(new
        {
            meetingroom_id = room, subject, start_time = start, end_time = end, booker,
        }));

    public async Task<string> BookOkAsync(int room, long start, long end, string booker = "zhangsan") =>
        SandboxAssert.Ok(await BookAsync(room, start, end, booker)).GetProperty("booking_id").GetString()!;

    public Task<JsonElement> BookingInfoAsync(int room, long start, long end) =>
        PostAsync("oa/meetingroom/get_booking_info", $$"""{"meetingroom_id":{{room}},"start_time":{{start}},"end_time":{{end}}}""");

    /// <summary>The schedule items of one room in a window.</summary>
    public async Task<IReadOnlyList<JsonElement>> ScheduleOfAsync(int room, long start, long end)
    {
        var answer = SandboxAssert.Ok(await BookingInfoAsync(room, start, end));
        return answer.GetProperty("booking_list")[0].GetProperty("schedule").EnumerateArray().ToList();
    }

    public async Task<JsonElement> BookInfoAsync(int room, string bookingId) =>
        await PostAsync("oa/meetingroom/bookinfo/get", $$"""{"meetingroom_id":{{room}},"booking_id":"{{bookingId}}"}""");

    /// <summary>oa/schedule/add; <paramref name="reminders"/> is the raw JSON of the reminders object.</summary>
    public async Task<string> AddScheduleAsync(long start, long end, string? reminders = null, int? agentId = null)
    {
        var remindersPart = reminders is null ? "" : ",\"reminders\":" + reminders;
        var agentPart = agentId is null ? "" : ",\"agentid\":" + agentId;
        var json = $$"""
            {"schedule":{"organizer":"zhangsan","start_time":{{start}},"end_time":{{end}},"summary":"例会",
             "attendees":[{"userid":"lisi"}]{{remindersPart}}}{{agentPart}}}
            """;
        return SandboxAssert.Ok(await PostAsync("oa/schedule/add", json)).GetProperty("schedule_id").GetString()!;
    }

    private static string Separator(string path) => path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
}
