using ContractorAiReview.Web.Audit;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Journal;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Audit;

/// <summary>The administrator's lists (security record, e-mail outbox, journal) read one page at a time, sorted in the database.</summary>
public sealed class AdminListPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Audit_FilteredSortedByEmail_SecondPageInOrder()
    {
        var marker = $"paging-{Guid.NewGuid():N}"[..16];
        var log = app.Get<AuditLog>();
        foreach (var name in new[] { "c", "a", "e", "b", "d" })
        {
            await log.RecordAsync(AuditEvent.SignInFailed, null, null, $"{name}.{marker}@example.jp", ct: Ct);
        }

        await using var db = await app.DbAsync();
        var expected = (await db.AuditEntries.AsNoTracking().Where(e => e.SubjectEmail != null && e.SubjectEmail.Contains(marker)).ToListAsync(Ct))
            .OrderBy(e => e.SubjectEmail, StringComparer.Ordinal).ThenBy(e => e.Id).Select(e => e.Id).ToList();

        var page = await app.Get<AuditQueries>().SearchAsync(
            await app.UserAsync(Demo.Administrator), new AuditFilter(Email: marker), PagingAssert.SecondPage(AuditSort.Email), Ct);

        PagingAssert.IsSecondPageOf(expected, page, r => r.Id);
    }

    [Fact]
    public async Task Audit_ByDefault_NewestFirst_UnknownSortTheSame()
    {
        var admin = await app.UserAsync(Demo.Administrator);
        var log = app.Get<AuditLog>();
        for (var i = 0; i < 5; i++)
        {
            await log.RecordAsync(AuditEvent.LockedOut, null, null, $"newest{i}@example.jp", ct: Ct);
        }

        await using var db = await app.DbAsync();
        var expected = (await db.AuditEntries.AsNoTracking().ToListAsync(Ct))
            .OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id).Select(e => e.Id).ToList();
        var queries = app.Get<AuditQueries>();

        PagingAssert.IsSecondPageOf(expected, await queries.SearchAsync(admin, new AuditFilter(), PagingAssert.SecondPage(), Ct), r => r.Id);
        await PagingAssert.UnknownSortFallsBackAsync(page => queries.SearchAsync(admin, new AuditFilter(), page, Ct), r => r.Id);
    }

    [Fact]
    public async Task Outbox_SortedByRecipient_SecondPageInOrder_UnknownSortFallsBack()
    {
        await EnoughFilingsAsync();
        var admin = await app.UserAsync(Demo.Administrator);
        await using var db = await app.DbAsync();
        var expected = (await db.OutboxMessages.AsNoTracking().ToListAsync(Ct))
            .OrderBy(m => m.ToEmail, StringComparer.Ordinal).ThenBy(m => m.Id).Select(m => m.Id).ToList();
        var outbox = app.Get<OutboxQueries>();

        PagingAssert.IsSecondPageOf(expected, await outbox.ListAsync(admin, null, PagingAssert.SecondPage(OutboxSort.To), Ct), m => m.Id);
        await PagingAssert.UnknownSortFallsBackAsync(page => outbox.ListAsync(admin, null, page, Ct), m => m.Id);
    }

    [Fact]
    public async Task Journal_ByDefault_LatestFirst_KindSortedSecondPageInOrder()
    {
        await EnoughFilingsAsync();
        var admin = await app.UserAsync(Demo.Administrator);
        await using var db = await app.DbAsync();
        var entries = await db.JournalEntries.AsNoTracking().ToListAsync(Ct);
        var journal = app.Get<JournalQueries>();

        PagingAssert.IsSecondPageOf(
            [.. entries.OrderByDescending(e => e.Sequence).Select(e => e.Sequence)],
            await journal.LatestAsync(admin, PagingAssert.SecondPage(), Ct), e => e.Sequence);
        PagingAssert.IsSecondPageOf(
            [.. entries.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Sequence).Select(e => e.Sequence)],
            await journal.LatestAsync(admin, PagingAssert.SecondPage(JournalSort.Source), Ct), e => e.Sequence);
        await PagingAssert.UnknownSortFallsBackAsync(page => journal.LatestAsync(admin, page, Ct), e => e.Sequence);
    }

    /// <summary>Requests filed, so the outbox and the journal hold more than two pages.</summary>
    private async Task EnoughFilingsAsync()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        for (var i = 0; i < 3; i++)
        {
            await app.FileAsync(naniwa, null, Ct);
        }
    }
}
