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
        Assert.Equal((3, 3, 7, 8, 5), (before.Departments, before.Contractors, before.Contracts, before.Users, before.Requests));

        // What the next start of the app does on the same database.
        await DatabaseInitializer.InitializeAsync(app.Services, ct);

        Assert.Equal(before, await CountsAsync(ct));
    }

    private async Task<(int Departments, int Contractors, int Contracts, int Users, int Requests, int Documents, int Catalogues)> CountsAsync(CancellationToken ct)
    {
        await using var db = await app.DbAsync();
        return (await db.Departments.CountAsync(ct), await db.Contractors.CountAsync(ct), await db.Contracts.CountAsync(ct),
            await db.Users.CountAsync(ct), await db.Requests.CountAsync(ct), await db.IssuedDocuments.CountAsync(ct),
            await db.CatalogueRevisions.CountAsync(ct));
    }
}
