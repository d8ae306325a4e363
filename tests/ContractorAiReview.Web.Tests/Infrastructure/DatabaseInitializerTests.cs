using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Infrastructure;

public sealed class DatabaseInitializerTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Initialize_SecondStart_KeepsDataAndSeedsNothingTwice()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await CountsAsync(ct);
        Assert.Equal(
            (SeedCount("departments.json"), SeedCount("contractors.json"), SeedCount("contracts.json"), SeedCount("demo-users.json"), SeedCount("demo-requests.json")),
            (before.Departments, before.Contractors, before.Contracts, before.Users, before.Requests));
        Assert.Equal(before.Departments, before.Routes);

        // What the next start of the app does on the same database.
        await DatabaseInitializer.InitializeAsync(app.Services, ct);

        Assert.Equal(before, await CountsAsync(ct));
    }

    private async Task<(int Departments, int Contractors, int Contracts, int Users, int Requests, int Documents, int Catalogues, int Routes)> CountsAsync(CancellationToken ct)
    {
        await using var db = await app.DbAsync();
        return (await db.Departments.CountAsync(ct), await db.Contractors.CountAsync(ct), await db.Contracts.CountAsync(ct),
            await db.Users.CountAsync(ct), await db.Requests.CountAsync(ct), await db.IssuedDocuments.CountAsync(ct),
            await db.CatalogueRevisions.CountAsync(ct), await db.ApprovalRoutes.CountAsync(ct));
    }

    /// <summary>How many entries a seed-data file holds: what a first start seeds.</summary>
    private static int SeedCount(string file) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-data", file))).RootElement.GetArrayLength();
}
