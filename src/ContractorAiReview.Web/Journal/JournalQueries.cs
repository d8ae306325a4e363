using ContractorAiReview.Domain.Journal;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Journal;

/// <summary>The outcome of one verification: how many entries, the head to write down, and every entry not as written.</summary>
public sealed record JournalReport(long Checked, (long Sequence, string Hash)? Head, IReadOnlyList<JournalProblem> Problems)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>One line of the journal as the administrator's screen lists it.</summary>
public sealed record JournalRow(long Sequence, DateTimeOffset OccurredAtUtc, JournalKind Kind, string Source, int? RequestId, string Hash);

/// <summary>The columns the journal's list sorts by (<see cref="JournalQueries.LatestAsync"/>).</summary>
public static class JournalSort
{
    public const string Sequence = "sequence";
    public const string OccurredAt = "occurredAt";
    public const string Kind = "kind";
    public const string Source = "source";

    /// <summary>The latest entry first unless sorted otherwise.</summary>
    internal static readonly SortColumns<JournalEntry> Columns = new SortColumns<JournalEntry>()
        .Add(Sequence, e => e.Sequence)
        .Add(OccurredAt, e => e.OccurredAtUtc)
        .Add(Kind, e => e.Kind)
        .Add(Source, e => e.Source)
        .Default(Sequence, descending: true)
        .ThenBy(e => e.Sequence);
}

/// <summary>
/// The administrator's view of the journal: its entries a page at a time, and verification from the database in pages of
/// <see cref="PageSize"/> entries (the chain, each content hash, and each move, filing and issued document against its row
/// today). The command line (<c>--verify-journal</c>) runs the same verification as the database's operator.
/// </summary>
public sealed class JournalQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int PageSize = 2000;

    public async Task<Page<JournalRow>> LatestAsync(CurrentUser user, PageRequest page, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return Page<JournalRow>.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.JournalEntries.ToPageAsync(
            page, JournalSort.Columns, e => new JournalRow(e.Sequence, e.OccurredAtUtc, e.Kind, e.Source, e.RequestId, e.Hash), ct);
    }

    /// <summary>Verifies the whole journal for an administrator; null for anyone else.</summary>
    /// <param name="progress">Told how many entries have been checked after each page, of how many.</param>
    public async Task<JournalReport?> VerifyAsync(CurrentUser user, IProgress<(long Checked, long Total)>? progress, CancellationToken ct = default) =>
        user.Role == Roles.Administrator ? await VerifyAsync(progress, ct) : null;

    /// <summary>Verifies the whole journal: for the command line, run by whoever operates the database.</summary>
    internal async Task<JournalReport> VerifyAsync(IProgress<(long Checked, long Total)>? progress, CancellationToken ct)
    {
        var verifier = new JournalVerifier();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var total = await db.JournalEntries.LongCountAsync(ct);
        var after = 0L;
        while (true)
        {
            var page = await db.JournalEntries.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                break;
            }

            var sources = await SourcesAsync(db, page, ct);
            foreach (var entry in page)
            {
                if (sources.TryGetValue(entry.Source, out var today))
                {
                    verifier.Check(entry, today);
                }
                else if (IsCompared(entry.Source))
                {
                    verifier.Check(entry, sourceContent: null);
                }
                else
                {
                    verifier.Check(entry);
                }
            }

            after = page[^1].Sequence;
            progress?.Report((verifier.Checked, total));
        }

        return new JournalReport(verifier.Checked, verifier.Head, verifier.Problems);
    }

    private static bool IsCompared(string source) => JournalRecords.Immutable.Contains(JournalRecords.Parse(source).Table);

    /// <summary>What the moves and documents named by a page of entries say today, by source.</summary>
    private static async Task<Dictionary<string, string>> SourcesAsync(AppDbContext db, List<JournalEntry> page, CancellationToken ct)
    {
        var ids = page.Select(e => JournalRecords.Parse(e.Source)).ToLookup(s => s.Table, s => s.Id);
        var transitionIds = ids[JournalRecords.Transitions].ToList();
        var documentIds = ids[JournalRecords.Documents].Select(id => (int)id).ToList();
        var transitions = await db.RequestTransitions.AsNoTracking().Where(t => transitionIds.Contains(t.Id)).ToListAsync(ct);
        var documents = await JournalRecords.DocumentsAsync(db.IssuedDocuments.Where(d => documentIds.Contains(d.Id)), ct);
        var submissionIds = ids[JournalRecords.Submissions].ToList();
        var submissions = await db.RequestSubmissions.AsNoTracking().Where(s => submissionIds.Contains(s.Id)).ToListAsync(ct);
        return transitions.Select(JournalRecords.Of)
            .Concat(documents)
            .Concat(submissions.Select(JournalRecords.Of))
            .ToDictionary(r => r.Source, r => r.Content);
    }
}
