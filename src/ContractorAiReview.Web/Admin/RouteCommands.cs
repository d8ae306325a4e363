using ContractorAiReview.Domain.Routing;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Audit;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Resources;
using ContractorAiReview.Web.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Admin;

/// <summary>A department and the route its new filings go to now (null: none saved yet; the first filing gets the one-step route).</summary>
public sealed record DepartmentRoute(int DepartmentId, string DepartmentName, bool IsActive, int StandardProcessingDays, ApprovalRoute? Route)
{
    public IReadOnlyList<RouteStep> Steps => Route?.Steps ?? ApprovalRoute.SingleStep(StandardProcessingDays);
}

/// <summary>
/// Departments' approval routes (決裁ルート): every city staff member may read them (the definitions page); the
/// administrator changes one by saving a new version, which new filings go to while filed requests keep theirs.
/// </summary>
public sealed class RouteCommands(IDbContextFactory<AppDbContext> dbFactory, AuditLog audit, TimeProvider clock, IStringLocalizer<Strings> l)
{
    /// <summary>The routes of the departments the person may see; of only <paramref name="departmentIds"/> when given (one page of a list).</summary>
    public async Task<IReadOnlyList<DepartmentRoute>> RoutesAsync(
        CurrentUser user, IReadOnlyCollection<int>? departmentIds = null, CancellationToken ct = default)
    {
        if (!Roles.Staff.Contains(user.Role))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = db.Departments.Where(d => user.Role == Roles.Administrator || user.Role == Roles.Procurement || d.Id == user.DepartmentId);
        if (departmentIds is not null)
        {
            visible = visible.Where(d => departmentIds.Contains(d.Id));
        }

        var departments = await visible
            .OrderBy(d => d.Name)
            .Select(d => new { d.Id, d.Name, d.IsActive, d.StandardProcessingDays })
            .ToListAsync(ct);
        var ids = departments.Select(d => d.Id).ToList();
        // Only each department's latest version, found through the (department, version) index.
        var latest = await db.ApprovalRoutes
            .Where(r => ids.Contains(r.DepartmentId) && r.Version == db.ApprovalRoutes.Where(v => v.DepartmentId == r.DepartmentId).Max(v => v.Version))
            .ToDictionaryAsync(r => r.DepartmentId, ct);
        return [.. departments.Select(d => new DepartmentRoute(d.Id, d.Name, d.IsActive, d.StandardProcessingDays, latest.GetValueOrDefault(d.Id)))];
    }

    /// <summary>
    /// Saves <paramref name="steps"/> as the department's next route version. <paramref name="expectedVersion"/> is the
    /// version the administrator edited (0 when none was saved): two administrators cannot both change one route.
    /// </summary>
    public async Task<CommandResult> ChangeRouteAsync(
        CurrentUser user, int departmentId, int expectedVersion, IReadOnlyList<RouteStep> steps, HttpContext? http = null, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return CommandResult.Forbidden;
        }

        var problems = ApprovalRoute.Problems(steps).ToList();
        if (problems.Count > 0)
        {
            return CommandResult.Invalid(problems
                .GroupBy(p => p.Step is { } i ? $"Steps[{i}].{p.Kind}" : "Steps")
                .ToDictionary(g => g.Key, g => g.Select(p => l[$"Route.Problem.{p.Kind}", RouteStep.MaxTitleLength, RouteStep.MaxBusinessDays, ApprovalRoute.MaxSteps].Value).ToArray()));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == departmentId, ct);
        if (department is null)
        {
            return CommandResult.NotFound;
        }

        var latest = await db.ApprovalRoutes.CurrentForAsync(departmentId, ct);
        if ((latest?.Version ?? 0) != expectedVersion)
        {
            return CommandResult.Conflict(l["Route.ChangedMeanwhile"]);
        }

        var route = ApprovalRoute.Create(departmentId, latest, steps, user.UserId, clock.GetUtcNow());
        db.ApprovalRoutes.Add(route);
        audit.Add(db, AuditEvent.RouteChanged, http, user, target: $"department:{departmentId}",
            detail: $"v{route.Version}: {string.Join(" → ", route.Steps.Select(s => $"{s.Title} {s.BusinessDays}"))}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (department, version) index: another administrator saved the same version first.
            return CommandResult.Conflict(l["Route.ChangedMeanwhile"]);
        }

        return CommandResult.Ok(departmentId, route.Version);
    }
}
