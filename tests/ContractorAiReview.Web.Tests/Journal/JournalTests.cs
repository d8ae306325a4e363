using ContractorAiReview.Domain.Journal;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Journal;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Journal;

/// <summary>
/// The journal as the app writes it: every move, document, notification, e-mail and reminder chained in the same
/// transaction as its row; verified intact; refused by the database when changed; and, when someone edits the database
/// behind the app's back, the verification names the entry. Each tampering test has a database of its own.
/// </summary>
public sealed class JournalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Decisions_EachMoveDocumentAndMessageJournaled_ChainIntact()
    {
        await using var app = new AppFactory();
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var (id, version) = await app.FileAsync(await app.UserAsync(Demo.NaniwaContractor), "区民アンケート集計分析業務委託", Ct);
        Assert.True((await app.ConfirmAsync(officer, id, version, Ct)).Succeeded);

        await using var db = await app.DbAsync();
        var journaled = await db.JournalEntries.Where(e => e.RequestId == id).ToListAsync(Ct);
        var moves = await db.RequestTransitions.Where(t => t.RequestId == id).Select(t => t.Id).ToListAsync(Ct);
        Assert.Equal(moves.Select(t => $"{JournalRecords.Transitions}/{t}").Order(),
            journaled.Where(e => e.Kind == JournalKind.Transition).Select(e => e.Source).Order());
        var documents = await db.IssuedDocuments.Where(d => d.RequestId == id).Select(d => d.Id).ToListAsync(Ct);
        Assert.NotEmpty(documents);
        Assert.Equal(documents.Select(d => $"{JournalRecords.Documents}/{d}").Order(),
            journaled.Where(e => e.Kind == JournalKind.DocumentIssued).Select(e => e.Source).Order());
        var notifications = await db.Notifications.CountAsync(n => n.RequestId == id, Ct);
        Assert.Equal(notifications, journaled.Count(e => e.Kind == JournalKind.Notification));
        var mails = await db.OutboxMessages.Select(m => $"OutboxMessages/{m.Id}").ToListAsync(Ct);
        Assert.Equal(mails.Order(), (await db.JournalEntries.Where(e => e.Kind == JournalKind.Mail).Select(e => e.Source).ToListAsync(Ct)).Order());

        var report = await VerifyAsync(app);
        Assert.True(report.Intact, string.Join(", ", report.Problems));
        Assert.Equal(await db.JournalEntries.LongCountAsync(Ct), report.Checked);
    }

    [Fact]
    public async Task ConcurrentSaves_ChainOneAfterAnother_NoSequenceTwice()
    {
        await using var app = new AppFactory();
        var person = await app.UserAsync(Demo.NaniwaContractor);
        await using (var db = await app.DbAsync())
        {
            var request = await db.Requests.FirstAsync(Ct);
            await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
            {
                await using var own = await app.DbAsync();
                own.Notifications.Add(Notification.For(person.UserId, NotificationKind.Confirmed, request.Id, request.Number, DateTimeOffset.UtcNow));
                await own.SaveChangesAsync(Ct);
            }));
        }

        var report = await VerifyAsync(app);
        Assert.True(report.Intact, string.Join(", ", report.Problems));
    }

    [Fact]
    public async Task Database_RefusesUpdateAndDelete()
    {
        await using var app = new AppFactory();

        var update = await BehindTheApp.RefusedAsync(app, """UPDATE "JournalEntries" SET "Content" = '{}' WHERE "Sequence" = 1""", Ct);
        var delete = await BehindTheApp.RefusedAsync(app, """DELETE FROM "JournalEntries" WHERE "Sequence" = 1""", Ct);

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.True((await VerifyAsync(app)).Intact);
    }

    [Fact]
    public async Task EntryEditedBehindTheApp_VerificationNamesIt()
    {
        await using var app = new AppFactory();
        var entry = await MiddleEntryAsync(app, JournalKind.Transition);

        await BehindTheAppAsync(app, WithoutTriggers($"""UPDATE "JournalEntries" SET "Content" = "Content" || ' ' WHERE "Sequence" = {entry.Sequence}"""));

        var report = await VerifyAsync(app);
        Assert.Equal([new JournalProblem(entry.Sequence, entry.Kind, entry.Source, JournalProblemKind.ContentAltered),
                      new JournalProblem(entry.Sequence, entry.Kind, entry.Source, JournalProblemKind.SourceAltered)], report.Problems);
    }

    [Fact]
    public async Task EntryRewrittenWithFreshHashes_NextEntryNamesTheBreak()
    {
        await using var app = new AppFactory();
        var entry = await MiddleEntryAsync(app, JournalKind.Notification);
        // Whoever edits knows the scheme and recomputes the entry's own hashes: only the next link can tell.
        var forged = JournalEntry.Append((entry.Sequence - 1, entry.PreviousHash), entry.OccurredAtUtc, entry.Kind, entry.Source, entry.RequestId, "{}");

        await BehindTheAppAsync(app, WithoutTriggers(
            $$"""UPDATE "JournalEntries" SET "Content" = '{}', "ContentHash" = '{{forged.ContentHash}}', "Hash" = '{{forged.Hash}}' WHERE "Sequence" = {{entry.Sequence}}"""));

        var report = await VerifyAsync(app);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((entry.Sequence + 1, JournalProblemKind.ChainBroken), (problem.Sequence, problem.Problem));
    }

    [Fact]
    public async Task EntryDeletedBehindTheApp_NextEntryNamesTheGap()
    {
        await using var app = new AppFactory();
        var entry = await MiddleEntryAsync(app, JournalKind.Mail);

        await BehindTheAppAsync(app, WithoutTriggers($"""DELETE FROM "JournalEntries" WHERE "Sequence" = {entry.Sequence}"""));

        var report = await VerifyAsync(app);
        Assert.Equal([(entry.Sequence + 1, JournalProblemKind.EntriesMissing), (entry.Sequence + 1, JournalProblemKind.ChainBroken)],
            report.Problems.Select(p => (p.Sequence, p.Problem)));
    }

    [Fact]
    public async Task HistoryEditedBehindTheApp_VerificationNamesTheJournalEntry()
    {
        await using var app = new AppFactory();
        var entry = await MiddleEntryAsync(app, JournalKind.Transition);
        var (_, transitionId) = JournalRecords.Parse(entry.Source);

        await BehindTheAppAsync(app, $"""UPDATE "RequestTransitions" SET "ActorName" = '別人' WHERE "Id" = {transitionId}""");

        var report = await VerifyAsync(app);
        Assert.Equal([new JournalProblem(entry.Sequence, entry.Kind, entry.Source, JournalProblemKind.SourceAltered)], report.Problems);
    }

    [Fact]
    public async Task CommandLine_IntactThenEdited_ExitCodeAndNamedEntry()
    {
        await using var app = new AppFactory();
        var intact = new StringWriter();
        Assert.Equal(0, await JournalCommandLine.RunAsync(app.Services, intact, Ct));
        Assert.Contains("Journal intact", intact.ToString(), StringComparison.Ordinal);

        var entry = await MiddleEntryAsync(app, JournalKind.DocumentIssued);
        await BehindTheAppAsync(app, WithoutTriggers($"""UPDATE "JournalEntries" SET "OccurredAtUtc" = "OccurredAtUtc" + 1 WHERE "Sequence" = {entry.Sequence}"""));

        var broken = new StringWriter();
        Assert.Equal(1, await JournalCommandLine.RunAsync(app.Services, broken, Ct));
        Assert.Contains($"#{entry.Sequence} DocumentIssued {entry.Source}: EntryAltered", broken.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseOlderThanTheJournal_RowsJournaledOnceAtStart()
    {
        await using var app = new AppFactory();
        await BehindTheAppAsync(app, WithoutTriggers("DELETE FROM \"JournalEntries\""));
        await using var db = await app.DbAsync();
        var rows = await db.RequestTransitions.CountAsync(Ct) + await db.IssuedDocuments.CountAsync(Ct) + await db.RequestSubmissions.CountAsync(Ct)
                   + await db.Notifications.CountAsync(Ct)
                   + await db.OutboxMessages.CountAsync(Ct) + await db.ReminderLogs.CountAsync(Ct);

        Assert.Equal(rows, await JournalBackfill.RecordExistingAsync(db, Ct));
        Assert.Equal(0, await JournalBackfill.RecordExistingAsync(db, Ct));

        var report = await VerifyAsync(app);
        Assert.True(report.Intact, string.Join(", ", report.Problems));
        Assert.Equal(rows, report.Checked);
    }

    private static async Task<JournalReport> VerifyAsync(AppFactory app) =>
        (await app.Get<JournalQueries>().VerifyAsync(await app.UserAsync(Demo.Administrator), progress: null, Ct))!;

    /// <summary>
    /// The first entry of the kind once a request has been filed on top of the demo data (so there are notifications
    /// and e-mails, and entries after each).
    /// </summary>
    private static async Task<JournalEntry> MiddleEntryAsync(AppFactory app, JournalKind kind)
    {
        await app.FileAsync(await app.UserAsync(Demo.NaniwaContractor), contractName: null, Ct);
        await using var db = await app.DbAsync();
        var last = await db.JournalEntries.MaxAsync(e => e.Sequence, Ct);
        return await db.JournalEntries.Where(e => e.Kind == kind && e.Sequence < last).OrderBy(e => e.Sequence).FirstAsync(Ct);
    }

    /// <summary>What someone with the database file can do: drop the triggers, change the rows, put the triggers back.</summary>
    private static string WithoutTriggers(string sql) => BehindTheApp.WithoutTriggers("JournalEntries", "Journal entries are append-only.", sql);

    private static Task BehindTheAppAsync(AppFactory app, string sql) => BehindTheApp.ExecuteAsync(app, sql, Ct);
}
