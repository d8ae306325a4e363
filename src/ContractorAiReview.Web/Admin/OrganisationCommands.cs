using System.Linq.Expressions;
using ContractorAiReview.Domain.Organisations;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Components.Shared;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Admin;

public sealed record DepartmentRow(
    int Id, string Bureau, string Section, string Name, string? Phone, string? Email, bool IsActive, int StaffCount, int StandardProcessingDays);

public sealed record CompanyRow(
    int Id, string Name, string Address, string RepresentativeTitle, string RepresentativeName, string? CorporateNumber,
    bool IsDesignatedManager, int UserCount);

/// <summary>The columns the departments list sorts by (<see cref="OrganisationCommands.SearchDepartmentsAsync"/>).</summary>
public static class DepartmentSort
{
    public const string Name = "name";
    public const string ProcessingDays = "processingDays";
    public const string State = "state";

    /// <summary>By name unless sorted otherwise.</summary>
    internal static readonly SortColumns<Department> Columns = new SortColumns<Department>()
        .Add(Name, d => d.Name)
        .Add(ProcessingDays, d => d.StandardProcessingDays)
        .Add(State, d => d.IsActive)
        .Default(Name, descending: false)
        .ThenBy(d => d.Id);
}

/// <summary>The columns the companies list sorts by (<see cref="OrganisationCommands.SearchCompaniesAsync"/>).</summary>
public static class CompanySort
{
    public const string Name = "name";
    public const string Kind = "kind";
    public const string CorporateNumber = "corporateNumber";
    public const string Address = "address";

    /// <summary>By name unless sorted otherwise; companies without a 法人番号 sort as the empty one on either provider.</summary>
    internal static readonly SortColumns<Contractor> Columns = new SortColumns<Contractor>()
        .Add(Name, c => c.Name)
        .Add(Kind, c => c.IsDesignatedManager)
        .Add(CorporateNumber, c => c.CorporateNumber ?? "")
        .Add(Address, c => c.Address)
        .Default(Name, descending: false)
        .ThenBy(c => c.Id);
}

/// <summary>
/// The organisations the procedure needs: departments (administrator) and contractor companies (administrator and
/// procurement). Names are unique; a 法人番号 belongs to one company.
/// </summary>
public sealed class OrganisationCommands(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IStringLocalizer<Strings> l)
{
    public static bool MayManageDepartments(CurrentUser user) => user.Role == Roles.Administrator;
    public static bool MayManageCompanies(CurrentUser user) => user.Role is Roles.Administrator or Roles.Procurement;

    /// <summary>A page of the departments whose name (局 and 課) contains the text.</summary>
    public async Task<Page<DepartmentRow>> SearchDepartmentsAsync(CurrentUser user, string? text, PageRequest page, CancellationToken ct = default)
    {
        if (!MayManageDepartments(user))
        {
            return Page<DepartmentRow>.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Departments.AsNoTracking().WhereAnyContains(text, d => d.Name).ToPageAsync(page, DepartmentSort.Columns, DepartmentRowOf(db), ct);
    }

    private static Expression<Func<Department, DepartmentRow>> DepartmentRowOf(AppDbContext db) =>
        d => new DepartmentRow(d.Id, d.Bureau, d.Section, d.Name, d.Phone, d.Email, d.IsActive, db.Users.Count(u => u.DepartmentId == d.Id), d.StandardProcessingDays);

    public async Task<CommandResult> SaveDepartmentAsync(CurrentUser user, int? departmentId, DepartmentForm form, CancellationToken ct = default)
    {
        if (!MayManageDepartments(user))
        {
            return CommandResult.Forbidden;
        }

        var errors = FormCheck<DepartmentForm>.ErrorsOf(new DepartmentFormValidator(l), form);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var department = departmentId is { } id ? await db.Departments.SingleOrDefaultAsync(d => d.Id == id, ct) : null;
        if (departmentId is not null && department is null)
        {
            return CommandResult.NotFound;
        }

        department ??= db.Departments.Add(new Department { Bureau = "", Section = "" }).Entity;
        form.ApplyTo(department);
        if (await db.Departments.AnyAsync(d => d.Name == department.Name && d.Id != department.Id, ct))
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { [nameof(DepartmentForm.Section)] = [l["Admin.DuplicateDepartment", department.Name]] });
        }

        var isNew = department.Id == 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (isNew)
        {
            // A new department starts with the one-step route: its officer checks and decides.
            db.ApprovalRoutes.Add(Domain.Routing.ApprovalRoute.Create(
                department.Id, latest: null, Domain.Routing.ApprovalRoute.SingleStep(department.StandardProcessingDays), user.UserId, clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);

        return CommandResult.Ok(department.Id);
    }

    /// <summary>A deactivated department keeps its requests and history; it gets no new contracts or staff.</summary>
    public async Task<CommandResult> SetDepartmentActiveAsync(CurrentUser user, int departmentId, bool active, CancellationToken ct = default)
    {
        if (!MayManageDepartments(user))
        {
            return CommandResult.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == departmentId, ct);
        if (department is null)
        {
            return CommandResult.NotFound;
        }

        department.IsActive = active;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(department.Id);
    }

    /// <summary>A page of the companies whose name, 法人番号 or address contains the text.</summary>
    public async Task<Page<CompanyRow>> SearchCompaniesAsync(CurrentUser user, string? text, PageRequest page, CancellationToken ct = default)
    {
        if (!MayManageCompanies(user))
        {
            return Page<CompanyRow>.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Contractors.AsNoTracking().WhereAnyContains(text, c => c.Name, c => c.CorporateNumber, c => c.Address)
            .ToPageAsync(page, CompanySort.Columns, CompanyRowOf(db), ct);
    }

    private static Expression<Func<Contractor, CompanyRow>> CompanyRowOf(AppDbContext db) =>
        c => new CompanyRow(
            c.Id, c.Name, c.Address, c.RepresentativeTitle, c.RepresentativeName, c.CorporateNumber, c.IsDesignatedManager,
            db.Users.Count(u => u.ContractorId == c.Id));

    public async Task<CommandResult> SaveCompanyAsync(CurrentUser user, int? companyId, CompanyForm form, CancellationToken ct = default)
    {
        if (!MayManageCompanies(user))
        {
            return CommandResult.Forbidden;
        }

        var errors = FormCheck<CompanyForm>.ErrorsOf(new CompanyFormValidator(l), form);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var company = companyId is { } id ? await db.Contractors.SingleOrDefaultAsync(c => c.Id == id, ct) : null;
        if (companyId is not null && company is null)
        {
            return CommandResult.NotFound;
        }

        company ??= db.Contractors.Add(form.ToNew()).Entity;
        form.ApplyTo(company);
        var duplicates = new Dictionary<string, string[]>();
        if (await db.Contractors.AnyAsync(c => c.Name == company.Name && c.Id != company.Id, ct))
        {
            duplicates[nameof(CompanyForm.Name)] = [l["Admin.DuplicateCompanyName"]];
        }

        if (company.CorporateNumber is { } number && await db.Contractors.AnyAsync(c => c.CorporateNumber == number && c.Id != company.Id, ct))
        {
            duplicates[nameof(CompanyForm.CorporateNumber)] = [l["Admin.DuplicateCorporateNumber"]];
        }

        if (duplicates.Count > 0)
        {
            return CommandResult.Invalid(duplicates);
        }

        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(company.Id);
    }
}
