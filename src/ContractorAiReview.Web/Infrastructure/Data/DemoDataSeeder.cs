using System.Text.Json;
using System.Text.Json.Serialization;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Organisations;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Routing;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Infrastructure.Data;

/// <summary>
/// Development only: departments, contractors, contracts, a user per role and requests in several states, read
/// from the seed-data folder. Requests are moved through the real lifecycle so their history and notices are genuine.
/// Runs once: a database that already has departments is left alone.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<AppUser> users,
    IUserStore<AppUser> userStore,
    GuidelineLibrary guidelines,
    RequestPaperwork paperwork,
    DocumentIssuer issuer,
    TimeProvider clock,
    SeedDataFolder folder,
    ILogger<DemoDataSeeder> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Departments.AnyAsync(ct))
        {
            return;
        }

        var departmentSeeds = Read<List<DepartmentSeed>>("departments.json");
        var departments = departmentSeeds
            .Select(d => new Department { Bureau = d.Bureau, Section = d.Section, Phone = d.Phone, Email = d.Email }).ToList();
        var contractors = Read<List<ContractorSeed>>("contractors.json")
            .Select(c => new Contractor
            {
                Name = c.Name, Address = c.Address, RepresentativeTitle = c.RepresentativeTitle, RepresentativeName = c.RepresentativeName,
                CorporateNumber = c.CorporateNumber, IsDesignatedManager = c.IsDesignatedManager,
            })
            .ToList();
        db.Departments.AddRange(departments);
        db.Contractors.AddRange(contractors);
        await db.SaveChangesAsync(ct);

        var now = clock.GetUtcNow();
        // Every department's first route: the one seed-data names, else its officer checks and decides.
        var routes = departments.Zip(departmentSeeds, (department, seed) => ApprovalRoute.Create(
            department.Id, latest: null, seed.Route ?? ApprovalRoute.SingleStep(department.StandardProcessingDays), "seed", now.AddDays(-60))).ToList();
        db.ApprovalRoutes.AddRange(routes);
        await db.SaveChangesAsync(ct);
        var contracts = Read<List<ContractSeed>>("contracts.json").Select(c =>
        {
            var contract = new Contract
            {
                Name = c.Name,
                Kind = c.Kind,
                Type = c.Type,
                ContractNumber = c.ContractNumber,
                FiscalYear = c.FiscalYear,
                TermStart = c.TermStart,
                TermEnd = c.TermEnd,
                DepartmentId = departments.Single(d => d.Name == c.Department).Id,
                ContractorId = contractors.Single(x => x.Name == c.Contractor).Id,
            };
            if (c.SpecialSpecification is { } version)
            {
                contract.AttachSpecialSpecification(guidelines.Get(version).Key, now.AddDays(-60));
            }

            return contract;
        }).ToList();
        db.Contracts.AddRange(contracts);
        await db.SaveChangesAsync(ct);
        var procurementOffice = new Signatory("seed", "契約担当");
        foreach (var contract in contracts.Where(c => c.HasSpecialSpecification))
        {
            contract.Department = departments.Single(d => d.Id == contract.DepartmentId);
            contract.Contractor = contractors.Single(c => c.Id == contract.ContractorId);
            db.IssuedDocuments.Add(issuer.IssueSpecification(contract, 1, procurementOffice, contract.SpecialSpecificationAttachedAtUtc!.Value));
        }

        await db.SaveChangesAsync(ct);

        var people = new Dictionary<string, CurrentUser>(StringComparer.OrdinalIgnoreCase);
        foreach (var seed in Read<List<UserSeed>>("demo-users.json"))
        {
            var user = new AppUser
            {
                UserName = seed.Email,
                Email = seed.Email,
                EmailConfirmed = true,
                DisplayName = seed.DisplayName,
                ContractorId = seed.Contractor is null ? null : contractors.Single(c => c.Name == seed.Contractor).Id,
                DepartmentId = seed.Department is null ? null : departments.Single(d => d.Name == seed.Department).Id,
            };
            var created = await users.CreateAsync(user, seed.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo user {seed.Email}: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, seed.Role);
            if (seed.AuthenticatorKey is { } key)
            {
                // City staff sign in in two steps; a known key lets a developer (and the tests) compute the codes.
                await ((IUserAuthenticatorKeyStore<AppUser>)userStore).SetAuthenticatorKeyAsync(user, key, ct);
                await users.SetTwoFactorEnabledAsync(user, true);
            }

            people[seed.Email] = new CurrentUser(user.Id, user.DisplayName, seed.Role, user.ContractorId, user.DepartmentId);
        }

        foreach (var seed in Read<List<RequestSeed>>("demo-requests.json"))
        {
            await SeedRequestAsync(db, seed, contracts, departments, routes, people, now, ct);
        }

        logger.LogInformation("Seeded demo data: {Departments} departments, {Contractors} contractors, {Contracts} contracts, {Users} users.",
            departments.Count, contractors.Count, contracts.Count, people.Count);
    }

    private async Task SeedRequestAsync(
        AppDbContext db, RequestSeed seed, List<Contract> contracts, List<Department> departments, List<ApprovalRoute> routes,
        Dictionary<string, CurrentUser> people, DateTimeOffset now, CancellationToken ct)
    {
        var contract = contracts.Single(c => c.Name == seed.Contract);
        contract.Department = departments.Single(d => d.Id == contract.DepartmentId);
        var filer = people[seed.FiledBy];
        var company = await db.Contractors.SingleAsync(c => c.Id == contract.ContractorId, ct);
        var content = seed.Content;
        content.ContractorAddress = company.Address;
        content.ContractorName = company.Name;
        content.RepresentativeTitleAndName = $"{company.RepresentativeTitle}　{company.RepresentativeName}";
        if (seed.Steps.Count > 0)
        {
            content.TickedChecklistItems = [.. guidelines.Current.ChecklistItems.Select(i => i.Number)];
        }

        var createdAt = now.AddDays(-(seed.Steps.FirstOrDefault()?.DaysAgo ?? 1) - 1);
        var request = ConfirmationRequest.CreateNew(
            contract, await RequestNumbers.NextAsync(db, createdAt, ct), guidelines.Current.Key, content, filer.AsActor(), createdAt);
        db.Requests.Add(request);
        await db.SaveChangesAsync(ct);
        contract.Contractor = company;

        foreach (var step in seed.Steps)
        {
            var at = now.AddDays(-step.DaysAgo);
            var actor = step.By is null ? filer : people[step.By];
            var signatory = new Signatory(actor.UserId, actor.DisplayName, request.CurrentRouteStep?.Title ?? "担当");
            if (step.Action != "submit" && request.IsUnassigned)
            {
                request.Claim(actor.AsActor(), at); // staff take the task before they move it, as in the app
            }

            switch (step.Action)
            {
                case "submit":
                    PledgeAsFiler(request);
                    request.Submit(actor.AsActor(), at, contract.Department.StandardProcessingDays, routes.Single(r => r.DepartmentId == contract.DepartmentId));
                    await paperwork.SubmittedAsync(db, request, signatory, at, ct);
                    break;
                case "return":
                    request.Return(actor.AsActor(), at, step.Reason!);
                    await paperwork.ReturnedAsync(db, request, signatory, at, [], ct);
                    break;
                case "forward":
                    request.Forward(actor.AsActor(), at);
                    break;
                case "confirm":
                    request.Confirm(actor.AsActor(), at, amended: null);
                    await paperwork.ConfirmedAsync(db, request, signatory, at, ct);
                    break;
                default:
                    throw new InvalidDataException($"Unknown demo step '{step.Action}'.");
            }

            // Each step is saved on its own, as the handlers do, so documents are numbered in order.
            await db.SaveChangesAsync(ct);
        }
    }

    private T Read<T>(string file)
    {
        using var stream = File.OpenRead(Path.Combine(folder.Path, file));
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{file} is empty.");
    }

    private sealed record DepartmentSeed(string Bureau, string Section, string? Phone, string? Email, List<RouteStep>? Route);
    private sealed record ContractorSeed(
        string Name, string Address, string RepresentativeTitle, string RepresentativeName, string? CorporateNumber, bool IsDesignatedManager);
    private sealed record ContractSeed(
        string Name, ContractKind Kind, ContractType Type, string? ContractNumber, int FiscalYear, DateOnly? TermStart, DateOnly? TermEnd,
        string Department, string Contractor, string? SpecialSpecification);
    private sealed record UserSeed(
        string Email, string Password, string DisplayName, string Role, string? Contractor, string? Department, string? AuthenticatorKey);
    /// <summary>The filer ticks the pledge before each filing, as the form requires (a return clears it).</summary>
    private static void PledgeAsFiler(ConfirmationRequest request)
    {
        var content = request.Content.Clone();
        content.PledgeAcknowledged = true;
        request.UpdateContent(content);
    }

    private sealed record RequestSeed(string Contract, string FiledBy, List<StepSeed> Steps, RequestContent Content);
    private sealed record StepSeed(string Action, int DaysAgo, string? By, string? Reason);
}

/// <summary>Where the seed-data files are (copied next to the app at build).</summary>
public sealed record SeedDataFolder(string Path);
