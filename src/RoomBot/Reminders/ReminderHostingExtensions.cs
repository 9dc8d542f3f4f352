using Microsoft.Extensions.Options;
using RoomBot.Core;
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

        // RoomBot:TimeZone, validated with the RoomBot section; read when first needed.
        services.AddSingleton(sp => new ReminderTexts(sp.GetRequiredService<IOptions<RoomBotOptions>>().Value.Zone));
        services.AddSingleton<ReminderWakeUp>();

        services.AddSingleton<IReminderStore, EfReminderStore>();
        services.AddSingleton<IAppChatStore, EfAppChatStore>();
        services.AddSingleton<IWebhookGroupStore, EfWebhookGroupStore>();
        services.AddSingleton<WebhookGroups>();

        services.AddSingleton<IMeetingReminders, MeetingReminders>();
        // Scoped like the dispatcher that calls it: it uses the (transient, typed HttpClient) WeCom API.
        services.AddScoped<IReminderConversation, ReminderConversation>();
        services.AddSingleton<ReminderDelivery>();
        services.AddSingleton<ReminderRunner>();
        services.AddHostedService<ReminderWorker>();
        return builder;
    }
}
