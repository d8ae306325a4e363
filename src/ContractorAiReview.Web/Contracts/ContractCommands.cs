using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Contracts;

public sealed record ContractRow(
    int Id, string Name, ContractKind Kind, int FiscalYear, string DepartmentName, string ContractorName,
    string? SpecialSpecificationVersion, DateTimeOffset? AttachedAtUtc);

/// <summary>Procurement's work on contracts: see them all, attach the special specification (特記仕様書).</summary>
public sealed class ContractCommands(IDbContextFactory<AppDbContext> dbFactory, GuidelineLibrary guidelines, TimeProvider clock)
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
                c.Id, c.Name, c.Kind, c.FiscalYear, c.Department!.Bureau + c.Department.Section, c.Contractor!.Name,
                c.SpecialSpecificationVersion, c.SpecialSpecificationAttachedAtUtc))
            .ToListAsync(ct);
    }

    /// <summary>Attaches the current guideline version's special specification to the contract.</summary>
    public async Task<CommandResult> AttachSpecialSpecificationAsync(CurrentUser user, int contractId, CancellationToken ct = default)
    {
        if (user.Role != Roles.Procurement)
        {
            return CommandResult.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null)
        {
            return CommandResult.NotFound;
        }

        contract.AttachSpecialSpecification(guidelines.Current.Key, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(contract.Id);
    }
}
