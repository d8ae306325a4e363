using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Contracts;

/// <summary>The ready-made filters of the overview.</summary>
public enum OverviewPreset
{
    None = 0,
    /// <summary>特記仕様書は添付済だが確認依頼がまだない.</summary>
    AttachedWithoutRequest = 1,
    /// <summary>以前の版のガイドラインで確認済.</summary>
    ConfirmedUnderOlderGuideline = 2,
}

/// <summary>
/// The overview's filters. <paramref name="Status"/> filters by the standing request's status; <paramref name="WithoutRequest"/>
/// keeps contracts that have none.
/// </summary>
public sealed record OverviewFilter(
    int? DepartmentId = null, int? FiscalYear = null, RequestStatus? Status = null, bool WithoutRequest = false,
    OverviewPreset Preset = OverviewPreset.None)
{
    /// <summary>The status choice as the page and the export link carry it: a standing status's name, or "none".</summary>
    public const string NoRequest = "none";

    public static OverviewFilter From(int? departmentId, int? fiscalYear, string? status, OverviewPreset preset) => new(
        departmentId, fiscalYear,
        Enum.TryParse<RequestStatus>(status, out var parsed) && RequestStatuses.Standing.Contains(parsed) ? parsed : null,
        status == NoRequest, preset);
}

/// <summary>
/// One contract in the overview. The request is the contract's standing one: its latest that a confirmed change has
/// not superseded (a change in draft is newer than the confirmation it amends).
/// </summary>
public sealed record OverviewRow
{
    public int ContractId { get; init; }
    public string ContractName { get; init; } = "";
    public ContractKind Kind { get; init; }
    public ContractType Type { get; init; }
    public string? ContractNumber { get; init; }
    public int FiscalYear { get; init; }
    public string DepartmentName { get; init; } = "";
    public string ContractorName { get; init; } = "";
    public string? SpecificationVersion { get; init; }
    public RequestStatus? RequestStatus { get; init; }
    public string? RequestGuidelineVersion { get; init; }
    public RequestTrigger? LastDecision { get; init; }
    public DateTimeOffset? LastDecisionAtUtc { get; init; }
}

public sealed record OverviewPage(IReadOnlyList<OverviewRow> Rows, int Total);

public enum OverviewSort
{
    FiscalYear = 0,
    ContractName = 1,
    ContractNumber = 2,
    Department = 3,
    Contractor = 4,
    RequestStatus = 5,
    LastDecision = 6,
}

/// <summary>Contracts with their specification, standing request and last decision: procurement sees all, an officer its department's.</summary>
public sealed class ContractOverview(IDbContextFactory<AppDbContext> dbFactory, GuidelineLibrary guidelines)
{
    public const int MaxExportRows = 50_000;

    public static bool MaySee(CurrentUser user) => user.Role == Roles.Procurement || user.IsDepartmentStaff;

    public async Task<OverviewPage> PageAsync(
        CurrentUser user, OverviewFilter filter, OverviewSort sort, bool descending, int skip, int take, CancellationToken ct = default)
    {
        if (!MaySee(user))
        {
            return new OverviewPage([], 0);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Query(db, user, filter);
        var total = await rows.CountAsync(ct);
        var page = await Sorted(rows, sort, descending).Skip(skip).Take(take).ToListAsync(ct);
        return new OverviewPage(page, total);
    }

    /// <summary>Everything the filter keeps, for export.</summary>
    public async Task<IReadOnlyList<OverviewRow>> AllAsync(
        CurrentUser user, OverviewFilter filter, OverviewSort sort = OverviewSort.FiscalYear, bool descending = true, CancellationToken ct = default)
    {
        if (!MaySee(user))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Sorted(Query(db, user, filter), sort, descending).Take(MaxExportRows).ToListAsync(ct);
    }

    private IQueryable<OverviewRow> Query(AppDbContext db, CurrentUser user, OverviewFilter filter)
    {
        var contracts = user.IsDepartmentStaff ? db.Contracts.Where(c => c.DepartmentId == user.DepartmentId) : db.Contracts;
        if (filter.DepartmentId is { } departmentId)
        {
            contracts = contracts.Where(c => c.DepartmentId == departmentId);
        }

        // An officer sees what was filed, never the contractor's drafts (RequestAccess); procurement sees every request.
        var requests = user.IsDepartmentStaff ? db.Requests.VisibleTo(user) : db.Requests;
        var standing = RequestStatuses.Standing.ToList();
        var decisions = RequestTriggers.Decisions.ToList();

        // Member initialisers (not a constructor), so the filters and the sort below still translate to SQL.
        var rows = contracts.Select(c => new OverviewRow
        {
            ContractId = c.Id,
            ContractName = c.Name,
            Kind = c.Kind,
            Type = c.Type,
            ContractNumber = c.ContractNumber,
            FiscalYear = c.FiscalYear,
            DepartmentName = c.Department!.Name,
            ContractorName = c.Contractor!.Name,
            SpecificationVersion = c.SpecialSpecificationVersion,
            RequestStatus = requests.Where(r => r.ContractId == c.Id && standing.Contains(r.Status)).OrderByDescending(r => r.Id)
                .Select(r => (RequestStatus?)r.Status).FirstOrDefault(),
            RequestGuidelineVersion = requests.Where(r => r.ContractId == c.Id && standing.Contains(r.Status)).OrderByDescending(r => r.Id)
                .Select(r => r.GuidelineVersion).FirstOrDefault(),
            LastDecision = db.RequestTransitions.Where(t => decisions.Contains(t.Trigger) && requests.Any(r => r.Id == t.RequestId && r.ContractId == c.Id))
                .OrderByDescending(t => t.OccurredAtUtc).Select(t => (RequestTrigger?)t.Trigger).FirstOrDefault(),
            LastDecisionAtUtc = db.RequestTransitions.Where(t => decisions.Contains(t.Trigger) && requests.Any(r => r.Id == t.RequestId && r.ContractId == c.Id))
                .OrderByDescending(t => t.OccurredAtUtc).Select(t => (DateTimeOffset?)t.OccurredAtUtc).FirstOrDefault(),
        });

        if (filter.FiscalYear is { } year)
        {
            rows = rows.Where(r => r.FiscalYear == year);
        }

        if (filter.WithoutRequest)
        {
            rows = rows.Where(r => r.RequestStatus == null);
        }
        else if (filter.Status is { } status)
        {
            rows = rows.Where(r => r.RequestStatus == status);
        }

        var current = guidelines.Current.Key;
        return filter.Preset switch
        {
            OverviewPreset.AttachedWithoutRequest => rows.Where(r => r.SpecificationVersion != null && r.RequestStatus == null),
            OverviewPreset.ConfirmedUnderOlderGuideline => rows.Where(r => r.RequestStatus != null && RequestStatuses.InForce.Contains(r.RequestStatus.Value)
                                                                            && r.RequestGuidelineVersion != current),
            _ => rows,
        };
    }

    private static IQueryable<OverviewRow> Sorted(IQueryable<OverviewRow> rows, OverviewSort sort, bool descending)
    {
        var sorted = sort switch
        {
            OverviewSort.ContractName => descending ? rows.OrderByDescending(r => r.ContractName) : rows.OrderBy(r => r.ContractName),
            OverviewSort.ContractNumber => descending ? rows.OrderByDescending(r => r.ContractNumber) : rows.OrderBy(r => r.ContractNumber),
            OverviewSort.Department => descending ? rows.OrderByDescending(r => r.DepartmentName) : rows.OrderBy(r => r.DepartmentName),
            OverviewSort.Contractor => descending ? rows.OrderByDescending(r => r.ContractorName) : rows.OrderBy(r => r.ContractorName),
            OverviewSort.RequestStatus => descending ? rows.OrderByDescending(r => r.RequestStatus) : rows.OrderBy(r => r.RequestStatus),
            OverviewSort.LastDecision => descending ? rows.OrderByDescending(r => r.LastDecisionAtUtc) : rows.OrderBy(r => r.LastDecisionAtUtc),
            _ => descending ? rows.OrderByDescending(r => r.FiscalYear) : rows.OrderBy(r => r.FiscalYear),
        };
        return sorted.ThenBy(r => r.ContractId);
    }
}
