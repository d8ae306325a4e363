using ContractorAiReview.Domain.Organisations;
using ContractorAiReview.Domain.Routing;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Reviews;

/// <summary>Which version of a department's route new filings go to.</summary>
public static class ApprovalRoutes
{
    /// <summary>The department's latest route version, or null if it has none yet.</summary>
    public static Task<ApprovalRoute?> CurrentForAsync(this IQueryable<ApprovalRoute> routes, int departmentId, CancellationToken ct) =>
        routes.Where(r => r.DepartmentId == departmentId).OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The route a filing goes to now; a department that never had one gets its first version, one step held by its
    /// officers, added to the caller's unit of work.
    /// </summary>
    public static async Task<ApprovalRoute> ForFilingAsync(AppDbContext db, Department department, string userId, DateTimeOffset nowUtc, CancellationToken ct)
    {
        if (await db.ApprovalRoutes.CurrentForAsync(department.Id, ct) is { } route)
        {
            return route;
        }

        route = ApprovalRoute.Create(department.Id, latest: null, ApprovalRoute.SingleStep(department.StandardProcessingDays), userId, nowUtc);
        db.ApprovalRoutes.Add(route);
        return route;
    }
}
