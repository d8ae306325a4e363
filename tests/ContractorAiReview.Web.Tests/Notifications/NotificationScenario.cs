using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContractorAiReview.Web.Tests.Notifications;

public static class NotificationScenario
{
    /// <summary>A dispatcher of the app's outbox that sends through <paramref name="transport"/> on <paramref name="clock"/>, run by the test.</summary>
    public static OutboxDispatcher Dispatcher(this AppFactory app, IMailTransport transport, TimeProvider clock) => new(
        app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>(), new OutboxSignal(), app.Services.GetRequiredService<MailOptions>(),
        clock, NullLogger<OutboxDispatcher>.Instance, transport);
}
