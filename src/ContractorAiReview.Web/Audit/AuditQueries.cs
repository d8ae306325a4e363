using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Audit;

public sealed record AuditFilter(string? Email = null, AuditEvent? Event = null, DateOnly? From = null, DateOnly? To = null);

public sealed record AuditRow(
    long Id, DateTimeOffset OccurredAtUtc, AuditEvent Event, string? ActorName, string? SubjectEmail, string? Target, string? IpAddress, string? Detail);

public sealed record AuditResults(IReadOnlyList<AuditRow> Rows, int Total);

/// <summary>The administrator's search over the security record, newest first, a page at a time.</summary>
public sealed class AuditQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int MaxPageSize = 100;

    public async Task<AuditResults> SearchAsync(CurrentUser user, AuditFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return new AuditResults([], 0);
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

        var total = await query.CountAsync(ct);
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var rows = await query
            .OrderByDescending(e => e.Id)
            .Skip(Math.Max(0, page) * size).Take(size)
            .Select(e => new AuditRow(
                e.Id, e.OccurredAtUtc, e.Event,
                db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName).FirstOrDefault(),
                e.SubjectEmail, e.Target, e.IpAddress, e.Detail))
            .ToListAsync(ct);
        return new AuditResults(rows, total);
    }
}
