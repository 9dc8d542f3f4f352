using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;
using RoomBot.Hosting;
using RoomBot.Reminders;
using RoomBot.WeCom.Api;

namespace RoomBot.Benchmarks.Reminders;

/// <summary>
/// <c>dotnet run -c Release --project tests/RoomBot.Benchmarks -- reminders-report [--count N] [--spread S]
/// [--offset S] [--latency-ms L]</c>: schedules N bookings through <see cref="IMeetingReminders"/> on a fresh SQLite file
/// whose reminders fall due evenly over S seconds (starting S_offset seconds after scheduling begins), runs the real
/// worker on the real clock against a WeCom stand-in, and prints how late the booker cards arrive (p50/p99/max) and
/// what each reminder costs (CPU, allocations, wall time to schedule).
/// </summary>
internal static class ReminderLatencyReport
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 10_000);
        var spread = TimeSpan.FromSeconds(Option(args, "--spread", 120));
        var offset = TimeSpan.FromSeconds(Option(args, "--offset", 60));
        var latency = TimeSpan.FromMilliseconds(Option(args, "--latency-ms", 0));
        var database = Path.Combine(Path.GetTempPath(), $"roombot-reminder-report-{Guid.NewGuid():N}.db");
        var api = new CountingWeComApi(latency);
        using var host = BuildHost(database, api);
        await host.StartAsync();
        try
        {
            return await MeasureAsync(host, api, count, spread, offset, latency);
        }
        finally
        {
            await host.StopAsync();
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }

    private static async Task<int> MeasureAsync(IHost host, CountingWeComApi api, int count, TimeSpan spread,
        TimeSpan offset, TimeSpan latency)
    {
        var reminders = host.Services.GetRequiredService<IMeetingReminders>();
        var lead = TimeSpan.FromMinutes(1);
        var t0 = TimeProvider.System.GetUtcNow();
        var firstDue = t0 + offset;
        var due = new Dictionary<string, DateTimeOffset>(count);

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var dueAt = firstDue + spread * i / count;
            var id = $"bench-{i}";
            due[id] = dueAt;
            await reminders.ScheduleAsync(new ScheduledMeeting(id, 1 + i % 10, $"Room {1 + i % 10}", "Shenzhen 18F",
                dueAt + lead, dueAt + lead + TimeSpan.FromHours(1), $"booker{i % 500}", [$"attendee{i % 50}"],
                "Benchmark", null, i % 2 == 0 ? Language.English : Language.Chinese), default);
        }

        var scheduleWall = clock.Elapsed;
        var scheduleCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var scheduleBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var late = TimeProvider.System.GetUtcNow() > firstDue;

        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        allocated = GC.GetTotalAllocatedBytes(precise: true);
        var deadline = firstDue + spread + TimeSpan.FromMinutes(3);
        while ((api.CardArrivals.Count < count || api.GroupMessages < count) && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        var sendCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var sendBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var lateness = api.CardArrivals.Select(a => (a.Value - due[a.Key]).TotalMilliseconds).Order().ToArray();

        var report = new[]
        {
            "Reminder latency report",
            $"  bookings: {count}, due evenly over {spread.TotalSeconds:0} s from {offset.TotalSeconds:0} s after start, " +
            $"WeCom latency {latency.TotalMilliseconds:0} ms, runner parallelism {ReminderRunner.Parallelism}, " +
            $"batch {ReminderRunner.BatchSize}, cores {Environment.ProcessorCount}",
            $"  scheduling: {scheduleWall.TotalSeconds:0.0} s wall, {Per(scheduleWall, count)} per booking, " +
            $"CPU {Per(scheduleCpu, count)}, {scheduleBytes / count / 1024.0:0.0} KiB allocated per booking" +
            (late ? "  (WARNING: scheduling outlasted the offset; early reminders were late because of it)" : ""),
            $"  delivered: {api.CardArrivals.Count} booker cards, {api.GroupMessages} group messages, " +
            $"{api.ChatsCreated} app chats created",
            $"  card lateness vs due time: p50 {Percentile(lateness, 0.50):0} ms, p99 {Percentile(lateness, 0.99):0} ms, " +
            $"max {(lateness.Length > 0 ? lateness[^1] : double.NaN):0} ms",
            $"  sending cost: CPU {Per(sendCpu, 2 * count)} and {sendBytes / (2.0 * count) / 1024.0:0.0} KiB allocated " +
            "per message (claim, load, send, delete; idle polling included)",
        };
        foreach (var line in report)
        {
            Console.WriteLine(line);
        }

        return api.CardArrivals.Count == count && api.GroupMessages == count ? 0 : 1;
    }

    private static IHost BuildHost(string database, IWeComApi api)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RoomBot"] = $"Data Source={database}",
            ["RoomBot:TimeZone"] = "Asia/Shanghai",
            ["Reminders:LeadMinutes"] = "1",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddRoomBotStorage();
        builder.AddRoomBotReminders();
        builder.Services.AddSingleton(api);
        return builder.Build();
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Per(TimeSpan total, int count) =>
        (total.TotalMilliseconds * 1000 / count).ToString("0.0", CultureInfo.InvariantCulture) + " µs";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
