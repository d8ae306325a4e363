using System.Text.Json;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Dashboard;
using ContractorAiReview.Web.Tests.Infrastructure;

namespace ContractorAiReview.Web.Tests.Dashboard;

public sealed class DashboardQueriesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The demo requests as seed-data/demo-requests.json files them: contract and the actions taken.</summary>
    private static List<(string Contract, List<string> Actions, List<int> DaysAgo)> SeededRequests()
    {
        using var seed = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-data", "demo-requests.json")));
        return [.. seed.RootElement.EnumerateArray().Select(r => (
            r.GetProperty("contract").GetString()!,
            r.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()!).ToList(),
            r.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("daysAgo").GetInt32()).ToList()))];
    }

    private static Dictionary<string, string> DepartmentOfContract()
    {
        using var contracts = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-data", "contracts.json")));
        return contracts.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("department").GetString()!);
    }

    [Fact]
    public async Task Figures_Administrator_CountsOfTheSeededFilingsByStatusAndDepartment()
    {
        var filed = SeededRequests().Where(r => r.Actions.Count > 0).ToList();
        // The last action decides where a seeded request stands.
        var expectedByStatus = filed.GroupBy(r => r.Actions[^1] switch
            {
                "confirm" => RequestStatus.Confirmed,
                "return" => RequestStatus.Returned,
                _ => RequestStatus.Submitted,
            })
            .ToDictionary(g => g.Key, g => g.Count());
        var departments = DepartmentOfContract();
        var expectedByDepartment = filed.GroupBy(r => departments[r.Contract]).ToDictionary(g => g.Key, g => g.Count());

        var figures = (await app.Get<DashboardQueries>().FiguresAsync(await app.UserAsync(Demo.Administrator), TestContext.Current.CancellationToken))!;

        Assert.Equal(expectedByStatus, figures.ByStatus.Where(s => s.Count > 0).ToDictionary(s => s.Status, s => s.Count));
        Assert.Equal(expectedByDepartment, figures.ByDepartment.ToDictionary(d => d.Label, d => d.Count));
        Assert.DoesNotContain(figures.ByStatus, s => s.Status == RequestStatus.Draft);
        // Every seeded decision (confirm or return) is one duration.
        Assert.Equal(filed.Sum(r => r.Actions.Count(a => a is "confirm" or "return")), figures.Decisions);
    }

    [Fact]
    public async Task Figures_Officer_OwnDepartmentOnly()
    {
        var officer = await app.UserAsync(Demo.KankoOfficer);
        var departments = DepartmentOfContract();
        var expected = SeededRequests().Count(r => r.Actions.Count > 0 && departments[r.Contract] == "経済戦略局観光課");

        var figures = (await app.Get<DashboardQueries>().FiguresAsync(officer, TestContext.Current.CancellationToken))!;

        var only = Assert.Single(figures.ByDepartment);
        Assert.Equal(("経済戦略局観光課", expected), (only.Label, only.Count));
        Assert.Equal(expected, figures.ByStatus.Sum(s => s.Count));
    }

    [Theory]
    [InlineData(Demo.NaniwaContractor)]
    [InlineData(Demo.Procurement)]
    public async Task Figures_ContractorOrProcurement_Nothing(string email) =>
        Assert.Null(await app.Get<DashboardQueries>().FiguresAsync(await app.UserAsync(email), TestContext.Current.CancellationToken));

    [Fact]
    public void MedianDaysToDecision_ReturnThenResubmitThenConfirm_EachFilingToItsDecision()
    {
        DashboardQueries.Move Move(int request, RequestTrigger trigger, double days) => new(request, trigger, T0.AddDays(days));
        var moves = new[]
        {
            Move(1, RequestTrigger.Submit, 0), Move(1, RequestTrigger.Return, 2), Move(1, RequestTrigger.Resubmit, 5), Move(1, RequestTrigger.Confirm, 6),
            Move(2, RequestTrigger.Submit, 1), Move(2, RequestTrigger.Confirm, 11),
            Move(3, RequestTrigger.Submit, 3), // not decided yet
        };

        var median = DashboardQueries.MedianDaysToDecision(moves, out var decisions);

        // Durations 2, 1 and 10 days: the median is 2.
        Assert.Equal(3, decisions);
        Assert.Equal(2, median);
    }

    [Fact]
    public void MedianDaysToDecision_NothingDecided_Null()
    {
        Assert.Null(DashboardQueries.MedianDaysToDecision([new(1, RequestTrigger.Submit, T0)], out var decisions));
        Assert.Equal(0, decisions);
    }

    [Fact]
    public void TopServices_SameServiceTypedDifferently_CountedOncePerRequest()
    {
        static RequestContent With(params string[] names) =>
            new() { Services = [.. names.Select(n => new AiServiceUse { ServiceName = n })] };

        var top = DashboardQueries.TopServices([With("ChatGPT", "chatgpt"), With("ＣｈａｔＧＰＴ", "DeepL Pro"), With("DeepL Pro"), With("Canva AI")]);

        Assert.Equal([("ChatGPT", 2), ("DeepL Pro", 2), ("Canva AI", 1)], top.Select(t => (t.Label, t.Count)));
    }
}
