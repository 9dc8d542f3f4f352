using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoomBot.Sandbox.Storage;
using RoomBot.Tests.Infrastructure;
using RoomBot.WeCom;
using RoomBot.WeCom.Contracts;
using RoomBot.WeCom.Crypto;

namespace RoomBot.Tests.Instances;

/// <summary>
/// Two RoomBot processes on one PostgreSQL database behind one callback URL; one is killed (SIGKILL) while its turns
/// wait on WeCom's <c>book</c>. WeCom re-delivers what went unanswered to the other, which takes the dead instance's
/// claims over once they are stale: every message is booked once and announced once.
/// </summary>
public sealed class KilledInstanceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly (string User, string Text)[] Stream =
    [
        ("zhangsan", "明天上午9点到10点订1号会议室"),
        ("lisi", "明天上午10点到11点订1号会议室"),
        ("xiaoming", "明天上午11点到12点订1号会议室"),
        ("zhangsan", "明天上午9点到10点订2号会议室"),
        ("lisi", "明天上午10点到11点订2号会议室"),
        ("xiaoming", "明天上午11点到12点订2号会议室"),
    ];

    [Fact]
    public async Task Kill_OneInstanceMidStream_TheOtherAnswersWeComsRetriesNothingLostOrDoubled()
    {
        var hold = new BookHold();
        // WeCom: the sandbox on its own SQLite file, on loopback, on the real clock the bot processes use.
        await using var wecom = new RoomBotApplication(new Dictionary<string, string?> { ["Sandbox:Enabled"] = "true" },
            new FakeTimeProvider(TimeProvider.System.GetUtcNow())).WithServices(s => s.AddSingleton<IStartupFilter>(hold));
        wecom.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        wecom.StartServer();
        var options = wecom.Services.GetRequiredService<IOptions<WeComOptions>>().Value;
        var crypto = new WeComCrypto(options.Token, options.EncodingAesKey, options.CorpId);
        var environment = new Dictionary<string, string>(database.Settings.ToDictionary(s => s.Key, s => s.Value!))
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Sandbox:Enabled"] = "false",
            ["WeCom:ApiBaseUrl"] = TwoInstancesTests.Address(wecom).ToString(),
            // The longest budget WeCom allows: the kill lands while the callbacks still wait for their answer.
            ["RoomBot:ReplyBudget"] = "00:00:04",
        };
        var starting = new[] { RoomBotProcess.StartAsync(environment), RoomBotProcess.StartAsync(environment) };
        await using var doomed = await starting[0];
        await using var survivor = await starting[1];
        // Setting up is not the scenario: a busy machine may answer the first half slowly.
        using var setUp = new HttpClient { BaseAddress = doomed.Address, Timeout = TimeSpan.FromMinutes(2) };
        using var toDoomed = new HttpClient { BaseAddress = doomed.Address, Timeout = TimeSpan.FromSeconds(5) };
        using var toSurvivor = new HttpClient { BaseAddress = survivor.Address, Timeout = TimeSpan.FromSeconds(5) };
        var messages = Stream.Select((m, i) => TwoInstancesTests.TextMessage(
            options, m.User, m.Text, 7441029384756300001 + i, TimeProvider.System)).ToArray();

        // The first half is answered by the instance that will die.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Post(setUp, messages[i])).StatusCode);
        }

        await WaitUntilAsync(wecom, () => BookedCards(wecom, "zhangsan", "lisi", "xiaoming"), 3, doomed);

        // The second half reaches it too, and waits in book at WeCom's door when the process is killed.
        hold.Hold();
        var unanswered = messages[3..].Select(m => Post(toDoomed, m)).ToArray();
        await WaitUntilAsync(wecom, () => Task.FromResult(hold.Waiting), 3, doomed);
        doomed.Kill();
        foreach (var delivery in unanswered)
        {
            // The connection dropped, or WeCom's 5 s ran out first: either way WeCom got no answer and retries.
            var failure = await Record.ExceptionAsync(() => delivery);
            Assert.True(failure is HttpRequestException or TaskCanceledException, $"WeCom got an answer: {failure}");
        }

        hold.Release();
        // WeCom re-delivers each unanswered message (up to three more times) to the callback URL, now the survivor;
        // and a re-delivery of an answered one is answered the same without a second turn.
        await Task.WhenAll(messages[3..].Append(messages[0]).Select(m => DeliverLikeWeComAsync(toSurvivor, m)));

        await WaitUntilAsync(wecom, () => BookedCards(wecom, "zhangsan", "lisi", "xiaoming"), 6, survivor);
        Assert.Equal(6, await BookedCards(wecom, "zhangsan", "lisi", "xiaoming"));
        // The dead instance's three book calls never reached WeCom; each message's book did, exactly once.
        Assert.Equal(3, hold.Dropped);
        Assert.Equal(6, hold.Forwarded);
        await using var scope = wecom.Services.CreateAsyncScope();
        var bookings = await scope.ServiceProvider.GetRequiredService<SandboxDbContext>().Bookings.AsNoTracking()
            .Where(b => b.Status != BookingStatus.Cancelled).ToListAsync();
        Assert.Equal(6, bookings.Count);
        Assert.Equal(6, bookings.Select(b => (b.MeetingRoomId, b.StartTime)).Distinct().Count());

        async Task<HttpResponseMessage> Post(HttpClient http, string xml) =>
            await TwoInstancesTests.PostAsync(http, crypto, options, xml, TimeProvider.System);

        async Task DeliverLikeWeComAsync(HttpClient http, string xml)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    using var answer = await Post(http, xml);
                    if (answer.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (Exception ex) when (attempt < 8 && ex is HttpRequestException or TaskCanceledException)
                {
                    // WeCom waits 5 s per delivery, then tries again (four deliveries in all; more here, where a
                    // busy test machine can be slower than any WeCom-facing server).
                }

                Assert.True(attempt < 8, "a message was never answered");
            }
        }
    }

    /// <summary>"Room booked" cards the users received (message/send at the sandbox).</summary>
    private static async Task<int> BookedCards(RoomBotApplication wecom, params string[] users)
    {
        using var http = new HttpClient { BaseAddress = TwoInstancesTests.Address(wecom) };
        var count = 0;
        foreach (var user in users)
        {
            var messages = await http.GetFromJsonAsync<JsonElement>($"/sandbox/api/conversation?userId={user}");
            count += messages.EnumerateArray().Count(m =>
                m.GetProperty("fromBot").GetBoolean() && m.GetProperty("msgType").GetString() == "template_card" &&
                m.GetProperty("content").GetProperty("main_title").GetProperty("title").GetString() is { } title &&
                (title.Contains("booked", StringComparison.OrdinalIgnoreCase) || title.Contains("已预定", StringComparison.Ordinal)));
        }

        return count;
    }

    /// <summary>Polls (bounded, on real time: real processes are involved) until <paramref name="count"/> reaches the target.</summary>
    private static async Task WaitUntilAsync(RoomBotApplication wecom, Func<Task<int>> count, int target, RoomBotProcess bot)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var last = 0;
        while ((last = await count()) < target)
        {
            try
            {
                await Task.Delay(100, patience.Token);
            }
            catch (OperationCanceledException)
            {
                using var http = new HttpClient { BaseAddress = TwoInstancesTests.Address(wecom) };
                throw new TimeoutException($"saw {last} of {target}; zhangsan's chat: " +
                    await http.GetStringAsync("/sandbox/api/conversation?userId=zhangsan") + "\nthe bot's output:\n" +
                    string.Join('\n', bot.Output.Split('\n').TakeLast(60)));
            }
        }
    }
}
