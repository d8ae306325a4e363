using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Contracts;

public sealed record ContractRow(
    int Id, string Name, ContractKind Kind, int FiscalYear, string DepartmentName, string ContractorName,
    string? SpecialSpecificationVersion, DateTimeOffset? AttachedAtUtc, int? SpecificationDocumentId);

/// <summary>Procurement's work on contracts: see them all, attach the special specification (特記仕様書).</summary>
public sealed class ContractCommands(
    IDbContextFactory<AppDbContext> dbFactory, GuidelineLibrary guidelines, Documents.DocumentIssuer issuer, TimeProvider clock)
{
    public async Task<IReadOnlyList<ContractRow>> ListAsync(CurrentUser user, CancellationToken ct = default)
    {
        if (user.Role != Roles.Procurement)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Contracts
            .OrderByDescending(c => c.FiscalYear).ThenBy(c => c.Name)
            .Select(c => new ContractRow(
                c.Id, c.Name, c.Kind, c.FiscalYear, c.Department!.Name, c.Contractor!.Name,
                c.SpecialSpecificationVersion, c.SpecialSpecificationAttachedAtUtc,
                db.IssuedDocuments
                    .Where(d => d.ContractId == c.Id && d.Kind == DocumentKind.SpecialSpecification && d.Validity == DocumentValidity.Current)
                    .Select(d => (int?)d.Id).FirstOrDefault()))
            .ToListAsync(ct);
    }

    /// <summary>Attaches the current guideline version's special specification to the contract and issues it as a PDF.</summary>
    public async Task<CommandResult> AttachSpecialSpecificationAsync(CurrentUser user, int contractId, CancellationToken ct = default)
    {
        if (user.Role != Roles.Procurement)
        {
            return CommandResult.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contract = await db.Contracts.Include(c => c.Department).Include(c => c.Contractor).SingleOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null)
        {
            return CommandResult.NotFound;
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
}
