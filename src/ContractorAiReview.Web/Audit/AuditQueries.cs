using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Audit;

public sealed record AuditFilter(string? Email = null, AuditEvent? Event = null, DateOnly? From = null, DateOnly? To = null);

public sealed record AuditRow(
    long Id, DateTimeOffset OccurredAtUtc, AuditEvent Event, string? ActorName, string? SubjectEmail, string? Target, string? IpAddress, string? Detail);

/// <summary>The columns the security record sorts by (<see cref="AuditQueries.SearchAsync"/>).</summary>
public static class AuditSort
{
    public const string When = "when";
    public const string Event = "event";
    public const string Email = "email";

    /// <summary>The newest first unless sorted otherwise.</summary>
    internal static readonly SortColumns<AuditEntry> Columns = new SortColumns<AuditEntry>()
        .Add(When, e => e.OccurredAtUtc)
        .Add(Event, e => e.Event)
        .Add(Email, e => e.SubjectEmail)
        .Default(When, descending: true)
        .ThenBy(e => e.Id);
}

/// <summary>The administrator's search over the security record, newest first, a page at a time.</summary>
public sealed class AuditQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<Page<AuditRow>> SearchAsync(CurrentUser user, AuditFilter filter, PageRequest page, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return Page<AuditRow>.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Email))
        {
            var email = filter.Email.Trim().ToLowerInvariant();
            query = query.Where(e => e.SubjectEmail != null && e.SubjectEmail.Contains(email));
        }

        if (filter.Event is { } @event)
        {
            query = query.Where(e => e.Event == @event);
        }

        if (filter.From is { } from)
        {
            var start = JapaneseDate.StartOfJapanDayUtc(from);
            query = query.Where(e => e.OccurredAtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = JapaneseDate.StartOfJapanDayUtc(to.AddDays(1));
            query = query.Where(e => e.OccurredAtUtc < end);
        }

        return await query.ToPageAsync(
            page, AuditSort.Columns,
            e => new AuditRow(
                e.Id, e.OccurredAtUtc, e.Event,
                db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName).FirstOrDefault(),
                e.SubjectEmail, e.Target, e.IpAddress, e.Detail),
            ct);
    }
}
