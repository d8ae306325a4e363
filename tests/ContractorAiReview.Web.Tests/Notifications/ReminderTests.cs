using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContractorAiReview.Web.Tests.Notifications;

/// <summary>
/// Reminders and escalation on a fake clock (no test sleeps): filed on Tuesday 24 November 2026, 区政課's 担当 step of
/// 7 business days is due Thursday 3 December; the reminder comes on Wednesday the 2nd, the due-day reminder on the
/// 3rd, the escalation to 課長 on Friday the 4th, each once however often the service runs.
/// </summary>
public sealed class ReminderTests(FakeClockFactory app) : IClassFixture<FakeClockFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StepDeadline_RemindedTheDayBeforeAndOnTheDay_EscalatedToTheApproverWhenPast_EachOnce()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var approver = await app.UserAsync(Demo.ShiminApprover);
        var (id, version) = await app.FileAsync(contractor, "区民アンケート集計分析業務委託", Ct);
        await using (var db = await app.DbAsync())
        {
            Assert.Equal(new DateOnly(2026, 12, 3), (await db.Requests.SingleAsync(r => r.Id == id, Ct)).StepDueOn);
        }

        await RunOnDayAsync(new DateTime(2026, 12, 1));
        Assert.Empty(await RemindersAsync(id));

        await RunOnDayAsync(new DateTime(2026, 12, 2));
        await RunOnDayAsync(new DateTime(2026, 12, 2)); // and again: nothing twice
        Assert.Equal([(NotificationKind.DueSoon, officer.UserId)], await RemindersAsync(id)); // unassigned: the step's people

        await app.ClaimAsync(officer, id, version, Ct);
        await RunOnDayAsync(new DateTime(2026, 12, 3));
        Assert.Equal([(NotificationKind.DueSoon, officer.UserId), (NotificationKind.DueToday, officer.UserId)], await RemindersAsync(id));

        await RunOnDayAsync(new DateTime(2026, 12, 4));
        await RunOnDayAsync(new DateTime(2026, 12, 7));
        Assert.Equal(
            [(NotificationKind.DueSoon, officer.UserId), (NotificationKind.DueToday, officer.UserId), (NotificationKind.Overdue, approver.UserId)],
            await RemindersAsync(id));
        await using var check = await app.DbAsync();
        var escalation = await check.OutboxMessages.SingleAsync(m => m.Template == nameof(NotificationKind.Overdue) && m.Body.Contains(officer.DisplayName), Ct);
        Assert.Equal(Demo.ShiminApprover, escalation.ToEmail);
    }

    /// <summary>The clock at 10:00 in Japan on the day, then one run of the service.</summary>
    private async Task RunOnDayAsync(DateTime japanDay)
    {
        var at = new DateTimeOffset(japanDay.Year, japanDay.Month, japanDay.Day, 1, 0, 0, TimeSpan.Zero);
        if (at > app.Clock.GetUtcNow())
        {
            app.Clock.SetUtcNow(at);
        }

        await app.Get<ReminderService>().RunOnceAsync(Ct);
    }

    private async Task<List<(NotificationKind, string)>> RemindersAsync(int id)
    {
        NotificationKind[] reminders = [NotificationKind.DueSoon, NotificationKind.DueToday, NotificationKind.Overdue, NotificationKind.ResubmitSoon];
        await using var db = await app.DbAsync();
        return [.. (await db.Notifications.Where(n => n.RequestId == id && reminders.Contains(n.Kind)).OrderBy(n => n.Id).ToListAsync(Ct))
            .Select(n => (n.Kind, n.UserId))];
    }
}

/// <summary>Two app instances running reminders at once on one database: one escalation, to the administrators where the department has no approver.</summary>
public sealed class ReminderConcurrencyTests(FakeClockFactory app) : IClassFixture<FakeClockFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoWorkersAtOnce_OverdueWithoutApprover_EscalatedOnceToTheAdministrators()
    {
        var contractor = await app.UserAsync(Demo.MioContractor);
        var kanko = await app.UserAsync(Demo.KankoOfficer);
        var admin = await app.UserAsync(Demo.Administrator);
        var (id, _) = await app.FileAsync(contractor, "観光プロモーション動画制作業務委託", Ct);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 1, 0, 0, TimeSpan.Zero)); // its 10 business days ended on the 8th

        ReminderService Worker() => new(app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>(),
            app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock, NullLogger<ReminderService>.Instance);
        await Task.WhenAll(Task.Run(() => Worker().RunOnceAsync(Ct), Ct), Task.Run(() => Worker().RunOnceAsync(Ct), Ct), Task.Run(() => Worker().RunOnceAsync(Ct), Ct));

        await using var db = await app.DbAsync();
        var escalations = await db.Notifications.Where(n => n.RequestId == id && n.Kind == NotificationKind.Overdue).ToListAsync(Ct);
        await using var scope = app.Services.CreateAsyncScope();
        var administrators = (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>()
            .GetUsersInRoleAsync(Roles.Administrator)).Count(u => !u.IsDisabled);
        Assert.Equal(administrators, escalations.Count);
        Assert.Contains(escalations, n => n.UserId == admin.UserId);
        Assert.DoesNotContain(escalations, n => n.UserId == kanko.UserId);
        Assert.Equal(1, await db.ReminderLogs.CountAsync(l => l.RequestId == id && l.Kind == NotificationKind.Overdue, Ct));
    }
}
