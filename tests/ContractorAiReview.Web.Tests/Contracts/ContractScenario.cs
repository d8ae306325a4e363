using ContractorAiReview.Web.Contracts;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Contracts;

/// <summary>Contracts as the demo register knows them: a valid form for a demo department and company, a contract by name.</summary>
public static class ContractScenario
{
    public const string Department = "市民局区政課";
    public const string Contractor = "株式会社なにわ情報システム";
    public const string LeaseContract = "区民センター会議室の貸付け";
    public const string UnattachedContract = "子育て支援情報誌編集業務委託";

    public static async Task<ContractForm> ValidFormAsync(this AppFactory app, string number, int fiscalYear = 2026)
    {
        await using var db = await app.DbAsync();
        return new ContractForm
        {
            Name = "区政だより編集業務委託",
            ContractNumber = number,
            FiscalYear = fiscalYear,
            DepartmentId = (await db.Departments.SingleAsync(d => d.Name == Department)).Id,
            ContractorId = (await db.Contractors.SingleAsync(c => c.Name == Contractor)).Id,
            TermStart = new DateOnly(fiscalYear, 4, 1),
            TermEnd = new DateOnly(fiscalYear + 1, 3, 31),
        };
    }

    public static async Task<int> ContractIdAsync(this AppFactory app, string name)
    {
        await using var db = await app.DbAsync();
        return (await db.Contracts.SingleAsync(c => c.Name == name)).Id;
    }

    /// <summary>
    /// A new contract of the same department and company as <paramref name="contractId"/>, registered by procurement with
    /// its special specification attached: somewhere to file a 新規 request where the demo contract is already confirmed.
    /// </summary>
    public static async Task<int> ContractLikeAsync(this AppFactory app, int contractId, CancellationToken ct)
    {
        var procurement = await app.UserAsync(Demo.Procurement);
        var commands = app.Get<ContractCommands>();
        ContractForm form;
        await using (var db = await app.DbAsync())
        {
            form = ContractForm.From(await db.Contracts.SingleAsync(c => c.Id == contractId, ct));
        }

        form.Name += $"（{Guid.NewGuid().ToString("N")[..6]}）";
        form.ContractNumber = $"T-{Guid.NewGuid().ToString("N")[..10]}";
        var created = await commands.CreateAsync(procurement, form, ct);
        Assert.True(created.Succeeded, $"Could not register a contract like {contractId}: {created.Outcome}");
        Assert.True((await commands.AttachSpecialSpecificationAsync(procurement, created.Id!.Value, ct)).Succeeded);
        return created.Id.Value;
    }

    public static async Task<int> CountContractsAsync(this AppFactory app)
    {
        await using var db = await app.DbAsync();
        return await db.Contracts.CountAsync();
    }
}
