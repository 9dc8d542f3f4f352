using Microsoft.Extensions.Options;
using RoomBot.Core.Reminders;
using RoomBot.Storage.Reminders;

namespace RoomBot.Reminders;

public static class ReminderHostingExtensions
{
    /// <summary>
    /// Reminders (issue 6): the <c>Reminders</c> options, the stores on the bot's database, the conversation seam
    /// (<see cref="IMeetingReminders"/>, <see cref="IReminderConversation"/>) and the worker that sends due reminders.
    /// Needs the storage (<c>AddRoomBotStorage</c>), a <see cref="TimeProvider"/> and an <c>IWeComApi</c>.
    /// </summary>
    public static IHostApplicationBuilder AddRoomBotReminders(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RemindersOptions>, RemindersOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RemindersOptions>>().Value);

        // Read when first needed, so configuration added after registration (tests, WebApplicationFactory) counts.
        services.AddSingleton(sp => new ReminderTexts(TimeZoneInfo.FindSystemTimeZoneById(
            sp.GetRequiredService<IConfiguration>()["RoomBot:TimeZone"] ?? "Asia/Shanghai")));
        services.AddSingleton<ReminderWakeUp>();

        services.AddSingleton<IReminderStore, EfReminderStore>();
        services.AddSingleton<IAppChatStore, EfAppChatStore>();
        services.AddSingleton<IWebhookGroupStore, EfWebhookGroupStore>();
        services.AddSingleton<WebhookGroups>();

        services.AddSingleton<IMeetingReminders, MeetingReminders>();
        services.AddSingleton<IReminderConversation, ReminderConversation>();
        services.AddSingleton<ReminderDelivery>();
        services.AddSingleton<ReminderRunner>();
        services.AddHostedService<ReminderWorker>();
        return builder;
    }
}
