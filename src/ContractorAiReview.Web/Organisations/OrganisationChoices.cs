using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Organisations;

/// <summary>One department or company to choose, by name.</summary>
/// <param name="IsDesignatedManager">For a company: a designated manager (指定管理者) rather than a contractor (受注者).</param>
public sealed record Choice(int Id, string Name, bool IsDesignatedManager = false);

/// <summary>
/// The departments and companies a person may choose in a form or filter, searched by what they type: a city has
/// hundreds of departments and thousands of companies, so no form loads them all (<see cref="Shown"/> at a time).
/// Procurement and administrators choose among all; an officer only their own department; a contractor none.
/// </summary>
public sealed class OrganisationChoices(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>How many choices a search shows; one more is read to tell that there are more.</summary>
    public const int Shown = 20;

    /// <summary>Departments whose name contains the text (active ones unless <paramref name="includeInactive"/>), by name.</summary>
    public async Task<IReadOnlyList<Choice>> DepartmentsAsync(CurrentUser user, string? text, bool includeInactive = false, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Departments(db, user).Where(d => includeInactive || d.IsActive).WhereAnyContains(text, d => d.Name)
            .OrderBy(d => d.Name).ThenBy(d => d.Id).Take(Shown + 1).Select(d => new Choice(d.Id, d.Name, false)).ToListAsync(ct);
    }

    /// <summary>One department the person may choose, active or not (a form's current value), or null.</summary>
    public async Task<Choice?> DepartmentAsync(CurrentUser user, int? id, CancellationToken ct = default)
    {
        if (id is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Departments(db, user).Where(d => d.Id == id).Select(d => new Choice(d.Id, d.Name, false)).SingleOrDefaultAsync(ct);
    }

    /// <summary>Companies whose name or corporate number contains the text, by name.</summary>
    public async Task<IReadOnlyList<Choice>> CompaniesAsync(CurrentUser user, string? text, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Companies(db, user).WhereAnyContains(text, c => c.Name, c => c.CorporateNumber)
            .OrderBy(c => c.Name).ThenBy(c => c.Id).Take(Shown + 1).Select(c => new Choice(c.Id, c.Name, c.IsDesignatedManager)).ToListAsync(ct);
    }

    /// <summary>One company the person may choose (a form's current value), or null.</summary>
    public async Task<Choice?> CompanyAsync(CurrentUser user, int? id, CancellationToken ct = default)
    {
        if (id is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Companies(db, user).Where(c => c.Id == id).Select(c => new Choice(c.Id, c.Name, c.IsDesignatedManager)).SingleOrDefaultAsync(ct);
    }

    private static IQueryable<Domain.Organisations.Department> Departments(AppDbContext db, CurrentUser user) =>
        user.Role is Roles.Administrator or Roles.Procurement ? db.Departments.AsNoTracking()
        : user.IsDepartmentStaff ? db.Departments.AsNoTracking().Where(d => d.Id == user.DepartmentId)
        : db.Departments.Where(_ => false);

    private static IQueryable<Domain.Organisations.Contractor> Companies(AppDbContext db, CurrentUser user) =>
        user.Role is Roles.Administrator or Roles.Procurement ? db.Contractors.AsNoTracking() : db.Contractors.Where(_ => false);
}
