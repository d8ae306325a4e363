using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Dashboard;

public sealed record CountRow(string Label, int Count);

/// <summary>
/// The figures of the dashboard, over the filed requests the person may see: all departments for an administrator,
/// the officer's own department otherwise. Counts and durations only: no person is named.
/// </summary>
public sealed record DashboardFigures(
    IReadOnlyList<(RequestStatus Status, int Count)> ByStatus,
    IReadOnlyList<CountRow> ByDepartment,
    double? MedianDaysToDecision,
    int Decisions,
    IReadOnlyList<CountRow> TopServices,
    int Overdue);

public sealed class DashboardQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int TopServiceCount = 10;

    public static bool MaySee(CurrentUser user) => user.Role == Roles.Administrator || user.IsDepartmentStaff;

    public async Task<DashboardFigures?> FiguresAsync(CurrentUser user, CancellationToken ct = default)
    {
        if (!MaySee(user))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var requests = user.Role == Roles.Administrator
            ? db.Requests.Where(r => RequestStatuses.Filed.Contains(r.Status))
            : db.Requests.VisibleTo(user);

        var byStatus = await requests.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byDepartment = await requests
            .Join(db.Departments, r => r.DepartmentId, d => d.Id, (r, d) => d.Name)
            .GroupBy(name => name).Select(g => new CountRow(g.Key, g.Count()))
            .ToListAsync(ct);
        var ids = requests.Select(r => r.Id);
        var moves = await db.RequestTransitions.AsNoTracking()
            .Where(t => ids.Contains(t.RequestId))
            .Select(t => new Move(t.RequestId, t.Trigger, t.OccurredAtUtc))
            .ToListAsync(ct);
        var contents = await requests.Select(r => r.Content).ToListAsync(ct);
        var overdue = await requests.CountAsync(ConfirmationRequest.OverdueOn(Domain.Calendar.JapaneseDate.JapanDateOf(clock.GetUtcNow())), ct);

        return new DashboardFigures(
            [.. Enum.GetValues<RequestStatus>().Where(s => RequestStatuses.Filed.Contains(s))
                .Select(s => (s, byStatus.FirstOrDefault(g => g.Key == s)?.Count ?? 0))],
            [.. byDepartment.OrderByDescending(d => d.Count).ThenBy(d => d.Label, StringComparer.Ordinal)],
            MedianDaysToDecision(moves, out var decisions),
            decisions,
            TopServices(contents),
            overdue);
    }

    public sealed record Move(int RequestId, RequestTrigger Trigger, DateTimeOffset At);

    /// <summary>
    /// Days from each filing to the department's decision on it (confirm or return), the median over all decisions;
    /// null while nothing was decided.
    /// </summary>
    public static double? MedianDaysToDecision(IEnumerable<Move> moves, out int decisions)
    {
        var durations = new List<double>();
        foreach (var request in moves.GroupBy(m => m.RequestId))
        {
            DateTimeOffset? filed = null;
            foreach (var move in request.OrderBy(m => m.At))
            {
                if (RequestTriggers.Filings.Contains(move.Trigger))
                {
                    filed = move.At;
                }
                else if (RequestTriggers.Decisions.Contains(move.Trigger) && filed is { } since)
                {
                    durations.Add((move.At - since).TotalDays);
                    filed = null;
                }
            }
        }

        decisions = durations.Count;
        if (durations.Count == 0)
        {
            return null;
        }

        durations.Sort();
        var middle = durations.Count / 2;
        return durations.Count % 2 == 1 ? durations[middle] : (durations[middle - 1] + durations[middle]) / 2;
    }

    /// <summary>The services declared most often, counted once per request, by their normalised name.</summary>
    public static IReadOnlyList<CountRow> TopServices(IEnumerable<RequestContent> contents) =>
    [
        .. contents
            .SelectMany(c => c.Services.Where(s => !string.IsNullOrWhiteSpace(s.ServiceName))
                .GroupBy(s => AiServiceCatalogue.NormalizeName(s.ServiceName)).Select(g => g.First().ServiceName.Trim()))
            .GroupBy(name => AiServiceCatalogue.NormalizeName(name))
            .Select(g => new CountRow(g.First(), g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.Ordinal)
            .Take(TopServiceCount),
    ];
}
