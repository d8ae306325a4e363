using System.Globalization;
using Bogus;
using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Catalogue;
using ContractorAiReview.Web.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Infrastructure.Data;

/// <summary>
/// <c>dotnet run --project src/ContractorAiReview.Web -- --generate-demo 1000</c>: files that many realistic
/// confirmation requests (Bogus, Japanese locale) through the same handlers a contractor's filing takes — draft, then
/// submission with its snapshot, history, journal, receipt notifications and filed form PDF — on the contracts and
/// contractor people already in the database (the demo data in Development), then exits. Each filing is written to
/// the output as <c>filed AI2026-0001</c> once it is committed; a progress line every hundred.
/// </summary>
public static class DemoGenerator
{
    public const string Switch = "--generate-demo";

    /// <summary>The count after the switch, or null when the switch is absent.</summary>
    public static int? RequestedCount(string[] args)
    {
        var at = Array.IndexOf(args, Switch);
        return at < 0 ? null
            : at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count
            : throw new ArgumentException($"{Switch} needs a positive number of requests, e.g. {Switch} 1000.");
    }

    public static async Task<int> RunAsync(IServiceProvider services, int count, TextWriter output, int seed = 20261204, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var filers = await FilersAsync(provider, ct);
        if (filers.Count == 0)
        {
            await output.WriteLineAsync("No contractor person with a contract to file on: start the app once in Development (demo data) or register them first.");
            return 2;
        }

        var commands = provider.GetRequiredService<RequestCommands>();
        var queries = provider.GetRequiredService<RequestQueries>();
        var guideline = provider.GetRequiredService<GuidelineLibrary>().Current;
        var catalogue = provider.GetRequiredService<AiServiceCatalogueStore>().Current;
        var faker = new Faker("ja") { Random = new Randomizer(seed) };
        for (var filed = 0; filed < count;)
        {
            ct.ThrowIfCancellationRequested();
            var (user, contractId) = faker.PickRandom(filers);
            // The cover as the form fills it from the company's record; the answers made up.
            var content = Fill(await queries.NewContentAsync(user, contractId, ct) ?? new RequestContent(), faker, guideline, catalogue);
            var draft = await commands.CreateDraftAsync(user, contractId, content, ct);
            var submitted = draft.Succeeded
                ? await commands.SubmitAsync(user, draft.Id!.Value, draft.Version!.Value, content, ct)
                : draft;
            if (!submitted.Succeeded)
            {
                await output.WriteLineAsync($"Refused: {string.Join(" ", submitted.Errors?.Values.SelectMany(e => e) ?? [submitted.Outcome.ToString()])}");
                return 1;
            }

            filed++;
            await output.WriteLineAsync($"filed {await NumberAsync(provider, submitted.Id!.Value, ct)}");
            if (filed % 100 == 0)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"generated {filed:N0} of {count:N0}"));
            }

            await output.FlushAsync(ct);
        }

        return 0;
    }

    /// <summary>Every contractor person with the contracts they may file a new request on.</summary>
    private static async Task<List<(CurrentUser User, int ContractId)>> FilersAsync(IServiceProvider provider, CancellationToken ct)
    {
        var users = provider.GetRequiredService<UserManager<AppUser>>();
        var queries = provider.GetRequiredService<RequestQueries>();
        var filers = new List<(CurrentUser, int)>();
        foreach (var person in await users.Users.Where(u => u.ContractorId != null && !u.IsDisabled).ToListAsync(ct))
        {
            var user = new CurrentUser(person.Id, person.DisplayName, Roles.Contractor, person.ContractorId, null);
            filers.AddRange((await queries.FileableContractsAsync(user, ct)).Where(c => c.ConfirmedRequestId is null).Select(c => (user, c.Id)));
        }

        return filers;
    }

    private static async Task<string> NumberAsync(IServiceProvider provider, int requestId, CancellationToken ct)
    {
        await using var db = await provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        return await db.Requests.Where(r => r.Id == requestId).Select(r => r.Number).SingleAsync(ct);
    }

    private static readonly string[] Work = ["会議録の要点整理", "報告書の下書き作成", "案内文の校正", "アンケート自由記述の分類", "研修資料の構成案", "翻訳の下訳", "点検記録の整形", "広報記事の見出し案"];
    private static readonly string[] Checks = ["担当者が全件を確認・修正する", "責任者が内容を確認してから使用する", "原文と照合して誤りを正す"];

    /// <summary>A complete, clean filing: business-plan services, every checklist item ticked, the pledge acknowledged.</summary>
    private static RequestContent Fill(RequestContent content, Faker faker, Guideline guideline, AiServiceCatalogue catalogue)
    {
        var work = faker.PickRandom(Work);
        var services = catalogue.Entries
            .Where(e => e.TermsType.Value is TermsType.BusinessContract or TermsType.ApiTerms && e.IsSearchEngineWithAiAnswers.Value != true)
            .ToList();
        var picked = faker.PickRandom(services, faker.Random.Int(1, 2)).ToList();
        content.Business = $"{work}業務";
        content.Purpose = $"{work}の省力化";
        content.Method = $"生成AIで{work}の素案を作り、{faker.PickRandom(Checks)}。";
        content.Services = [.. picked.Select(e => new AiServiceUse
            {
                Modalities = AiModality.Text, ServiceName = e.ServiceName, Provider = e.Provider, TermsOfUse = $"{e.Plan}（法人契約）",
                Declaration = new ServiceDeclaration
                {
                    CatalogueEntryId = e.Id, OptOutSet = true, OutputReachesCitizensDirectly = false, PersonalOrConfidentialInput = false,
                },
            })];
        content.ScopeOfUsers = $"本業務の担当者{faker.Random.Int(2, 8)}名";
        content.SecurityManagement = "業務責任者が利用者とアカウントを管理する";
        content.UsageLogManagement = $"プロンプトと出力の記録を{faker.PickRandom(90, 180, 365)}日間保存し、業務責任者が毎月確認する";
        content.LegalCompliance = "関係法令と各サービスの利用規約を確認している";
        content.ContactDepartment = faker.PickRandom("業務推進部", "公共事業部", "総務部");
        content.ContactName = $"{faker.Name.LastName()} {faker.Name.FirstName()}";
        content.ContactPhone = faker.Phone.PhoneNumber("06-####-####");
        content.TickedChecklistItems = [.. guideline.ChecklistItems.Select(i => i.Number)];
        content.PledgeAcknowledged = true;
        return content;
    }
}
