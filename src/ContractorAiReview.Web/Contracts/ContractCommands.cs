using System.Linq.Expressions;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Contracts;

public sealed record ContractRow(
    int Id, string Name, ContractKind Kind, ContractType Type, string? ContractNumber, int FiscalYear,
    string DepartmentName, string ContractorName, string? SpecialSpecificationVersion, DateTimeOffset? AttachedAtUtc,
    int? SpecificationDocumentId)
{
    public bool CanHaveSpecialSpecification => !Type.IsExcludedFromSpecification();
}

/// <summary>One issue of a contract's special specification: who attached it, when, and whether it is still the current one.</summary>
public sealed record SpecificationIssue(int DocumentId, string DocumentNumber, DateTimeOffset IssuedAtUtc, string IssuedBy, DocumentValidity Validity);

/// <summary>The columns the contract lists sort by (<see cref="ContractCommands.SearchAsync"/>, <see cref="ContractCommands.OfOwnOrganisationAsync"/>).</summary>
public static class ContractSort
{
    public const string Number = "number";
    public const string Name = "name";
    public const string Type = "type";
    public const string FiscalYear = "fiscalYear";
    public const string Department = "department";
    public const string Contractor = "contractor";
    public const string Specification = "specification";

    /// <summary>The latest fiscal year first unless sorted otherwise.</summary>
    internal static readonly SortColumns<Contract> Columns = new SortColumns<Contract>()
        .Add(Number, c => c.ContractNumber)
        .Add(Name, c => c.Name)
        .Add(Type, c => c.Type)
        .Add(FiscalYear, c => c.FiscalYear)
        .Add(Department, c => c.Department!.Name)
        .Add(Contractor, c => c.Contractor!.Name)
        .Add(Specification, c => c.SpecialSpecificationVersion)
        .Default(FiscalYear, descending: true)
        .ThenBy(c => c.Id);
}

/// <summary>Procurement's work on contracts: the register, the CSV import and attaching the special specification (特記仕様書).</summary>
public sealed class ContractCommands(
    IDbContextFactory<AppDbContext> dbFactory, GuidelineLibrary guidelines, Documents.DocumentIssuer issuer, TimeProvider clock,
    IStringLocalizer<Strings> l)
{
    private static bool MayRegister(CurrentUser user) => user.Role == Roles.Procurement;

    /// <summary>A page of the contracts whose name, number, department or contractor contains the text, in the fiscal year if one is given.</summary>
    public async Task<Page<ContractRow>> SearchAsync(
        CurrentUser user, string? text, int? fiscalYear, PageRequest page, CancellationToken ct = default)
    {
        if (!MayRegister(user))
        {
            return Page<ContractRow>.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contracts = db.Contracts.AsQueryable();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim();
            contracts = contracts.Where(c => c.Name.Contains(t) || (c.ContractNumber != null && c.ContractNumber.Contains(t))
                                             || c.Department!.Name.Contains(t) || c.Contractor!.Name.Contains(t));
        }

        if (fiscalYear is { } year)
        {
            contracts = contracts.Where(c => c.FiscalYear == year);
        }

        return await contracts.ToPageAsync(page, ContractSort.Columns, Row(db), ct);
    }

    /// <summary>The fiscal years the register holds contracts of, the latest first (the search's choices).</summary>
    public async Task<IReadOnlyList<int>> FiscalYearsAsync(CurrentUser user, CancellationToken ct = default)
    {
        if (!MayRegister(user))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Contracts.Select(c => c.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(ct);
    }

    /// <summary>
    /// A page of the contracts of the person's own organisation with their current special specification: a contractor's
    /// own contracts, the department's contracts for its staff (for "my contracts" and the rules page); nobody else's.
    /// </summary>
    public async Task<Page<ContractRow>> OfOwnOrganisationAsync(CurrentUser user, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        IQueryable<Contract> own = user switch
        {
            { IsContractor: true } => db.Contracts.Where(c => c.ContractorId == user.ContractorId),
            { IsDepartmentStaff: true } => db.Contracts.Where(c => c.DepartmentId == user.DepartmentId),
            _ => db.Contracts.Where(_ => false),
        };
        return await own.ToPageAsync(page, ContractSort.Columns, Row(db), ct);
    }

    /// <summary>A contract with the id of its current special specification document, if any.</summary>
    private static Expression<Func<Contract, ContractRow>> Row(AppDbContext db) =>
        c => new ContractRow(
            c.Id, c.Name, c.Kind, c.Type, c.ContractNumber, c.FiscalYear, c.Department!.Name, c.Contractor!.Name,
            c.SpecialSpecificationVersion, c.SpecialSpecificationAttachedAtUtc,
            db.IssuedDocuments
                .Where(d => d.ContractId == c.Id && d.Kind == DocumentKind.SpecialSpecification && d.Validity == DocumentValidity.Current)
                .Select(d => (int?)d.Id).FirstOrDefault());

    public async Task<ContractForm?> GetFormAsync(CurrentUser user, int contractId, CancellationToken ct = default)
    {
        if (!MayRegister(user))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contractId, ct);
        return contract is null ? null : ContractForm.From(contract);
    }

    public Task<CommandResult> CreateAsync(CurrentUser user, ContractForm form, CancellationToken ct = default) =>
        SaveAsync(user, null, form, ct);

    public Task<CommandResult> UpdateAsync(CurrentUser user, int contractId, ContractForm form, CancellationToken ct = default) =>
        SaveAsync(user, contractId, form, ct);

    private async Task<CommandResult> SaveAsync(CurrentUser user, int? contractId, ContractForm form, CancellationToken ct)
    {
        if (!MayRegister(user))
        {
            return CommandResult.Forbidden;
        }

        var errors = new ContractFormValidator(l).ErrorsOf(form);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contract = contractId is { } id ? await db.Contracts.SingleOrDefaultAsync(c => c.Id == id, ct) : null;
        if (contractId is not null && contract is null)
        {
            return CommandResult.NotFound;
        }

        var number = form.ContractNumber.Trim();
        if (await db.Contracts.AnyAsync(c => c.FiscalYear == form.FiscalYear && c.ContractNumber == number && c.Id != contractId, ct))
        {
            errors[nameof(ContractForm.ContractNumber)] = [l["Contracts.DuplicateNumber", number]];
        }

        // A department that was deactivated stays on its old contracts but takes no new ones.
        var currentDepartmentId = contract?.DepartmentId;
        if (!await db.Departments.AnyAsync(d => d.Id == form.DepartmentId && (d.IsActive || d.Id == currentDepartmentId), ct))
        {
            errors[nameof(ContractForm.DepartmentId)] = [l["Contracts.DepartmentInactive"]];
        }

        if (!await db.Contractors.AnyAsync(c => c.Id == form.ContractorId, ct))
        {
            errors[nameof(ContractForm.ContractorId)] = [l["Validation.Required"]];
        }

        if (contract is { HasSpecialSpecification: true } && form.Type.IsExcludedFromSpecification())
        {
            errors[nameof(ContractForm.Type)] = [l["Contracts.ExcludedButAttached"]];
        }

        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        contract ??= db.Contracts.Add(new Contract { Name = form.Name }).Entity;
        form.ApplyTo(contract);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a number someone saved meanwhile.
            return CommandResult.Invalid(new Dictionary<string, string[]>
            {
                [nameof(ContractForm.ContractNumber)] = [l["Contracts.DuplicateNumber", number]],
            });
        }

        return CommandResult.Ok(contract.Id);
    }

    /// <summary>Reads the CSV and checks every row against the register as it stands; saves nothing.</summary>
    public async Task<ImportPreview> PreviewImportAsync(CurrentUser user, byte[] content, CsvEncodingChoice encoding, CancellationToken ct = default)
    {
        if (!MayRegister(user))
        {
            return ImportPreview.Refused(l["Error.NoPermission"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new ContractCsvImport(l).Read(content, encoding, await ImportLookups.LoadAsync(db, ct));
    }

    /// <summary>
    /// Imports every row of the CSV or none: any row error, and nothing is saved. The rows are read and checked again
    /// inside the transaction, against the register as it stands then. On success the result's Id is the number of
    /// contracts imported; on failure the errors are keyed by line number.
    /// </summary>
    public async Task<CommandResult> ImportAsync(CurrentUser user, byte[] content, CsvEncodingChoice encoding, CancellationToken ct = default)
    {
        if (!MayRegister(user))
        {
            return CommandResult.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var preview = new ContractCsvImport(l).Read(content, encoding, await ImportLookups.LoadAsync(db, ct));
        if (!preview.CanImport)
        {
            return CommandResult.Invalid(preview.ErrorsByLine());
        }

        foreach (var row in preview.Rows)
        {
            var contract = new Contract { Name = row.Form.Name };
            row.Form.ApplyTo(contract);
            db.Contracts.Add(contract);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CommandResult.Conflict(l["Contracts.ImportChangedMeanwhile"]);
        }

        return CommandResult.Ok(preview.Rows.Count);
    }

    /// <summary>Attaches the current guideline version's special specification to the contract and issues it as a PDF.</summary>
    public async Task<CommandResult> AttachSpecialSpecificationAsync(CurrentUser user, int contractId, CancellationToken ct = default)
    {
        if (!MayRegister(user))
        {
            return CommandResult.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contract = await db.Contracts.Include(c => c.Department).Include(c => c.Contractor).SingleOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null)
        {
            return CommandResult.NotFound;
        }

        if (!contract.CanHaveSpecialSpecification)
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { [""] = [l["Contracts.ExcludedReason", l[$"ContractType.{contract.Type}"]]] });
        }

        var now = clock.GetUtcNow();
        contract.AttachSpecialSpecification(guidelines.Current.Key, now);
        var earlier = await db.IssuedDocuments
            .Where(d => d.ContractId == contract.Id && d.Kind == DocumentKind.SpecialSpecification)
            .ToListAsync(ct);
        earlier.Where(d => d.Validity == DocumentValidity.Current).ToList().ForEach(d => d.Supersede(now));
        db.IssuedDocuments.Add(issuer.IssueSpecification(contract, earlier.Count + 1, new Documents.Signatory(user.UserId, user.DisplayName), now));
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(contract.Id);
    }

    /// <summary>Every special specification issued for the contract, newest first, with who attached it.</summary>
    public async Task<IReadOnlyList<SpecificationIssue>> SpecificationHistoryAsync(CurrentUser user, int contractId, CancellationToken ct = default)
    {
        if (!MayRegister(user))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.IssuedDocuments
            .Where(d => d.ContractId == contractId && d.Kind == DocumentKind.SpecialSpecification)
            .OrderByDescending(d => d.IssuedAtUtc).ThenByDescending(d => d.Id)
            .Select(d => new SpecificationIssue(
                d.Id, d.DocumentNumber, d.IssuedAtUtc,
                db.Users.Where(u => u.Id == d.IssuedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? d.IssuedByUserId,
                d.Validity))
            .ToListAsync(ct);
    }
}
