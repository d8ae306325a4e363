using ContractorAiReview.Domain.Journal;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Journal;

/// <summary>
/// Once, at start-up after the migration that added the journal: journals the rows written before it existed (in the
/// order they happened), so the chain covers the whole history of a database that predates it. Nothing to do on a new
/// database or once the journal has entries.
/// </summary>
public static class JournalBackfill
{
    public static async Task<int> RecordExistingAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.JournalEntries.AnyAsync(ct))
        {
            return 0;
        }

        var records = new List<JournalRecord>();
        records.AddRange((await db.RequestTransitions.AsNoTracking().ToListAsync(ct)).Select(JournalRecords.Of));
        records.AddRange(await JournalRecords.DocumentsAsync(db.IssuedDocuments, ct));
        records.AddRange((await db.RequestSubmissions.AsNoTracking().ToListAsync(ct)).Select(JournalRecords.Of));
        records.AddRange((await db.Notifications.AsNoTracking().ToListAsync(ct)).Select(n => JournalRecords.Of(n)!));
        records.AddRange((await db.OutboxMessages.AsNoTracking().ToListAsync(ct)).Select(m => JournalRecords.Of(m)!));
        records.AddRange((await db.ReminderLogs.AsNoTracking().ToListAsync(ct)).Select(r => JournalRecords.Of(r)!));
        if (records.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.JournalEntries.AnyAsync(ct))
        {
            return 0; // Another instance started first.
        }

        JournalEntry? previous = null;
        foreach (var record in records.OrderBy(r => r.OccurredAtUtc).ThenBy(r => r.Source, StringComparer.Ordinal))
        {
            previous = JournalEntry.Append(previous, record.OccurredAtUtc, record.Kind, record.Source, record.RequestId, record.Content);
            db.JournalEntries.Add(previous);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return records.Count;
    }
}
