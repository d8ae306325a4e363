using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Catalogue;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Catalogue;

public sealed class AiServiceCatalogueStoreTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Load_FreshDatabase_StartsFromTheShippedCatalogue()
    {
        await using var db = await app.DbAsync();
        var first = await db.CatalogueRevisions.OrderBy(r => r.Id).FirstAsync(TestContext.Current.CancellationToken);

        Assert.Equal("seed-data/ai-services.json", first.SavedBy);
        Assert.NotNull(app.Get<AiServiceCatalogueStore>().Current.FindById("chatgpt-personal"));
    }

    [Fact]
    public async Task Save_FactWithValueButNoSource_RefusedAndCatalogueUnchanged()
    {
        var store = app.Get<AiServiceCatalogueStore>();
        var admin = await app.UserAsync("admin@city.example.jp");
        var json = (await store.CurrentJsonAsync(TestContext.Current.CancellationToken))
            .Replace("\"source\": \"azure-openai-data-privacy\"", "\"source\": \"no-such-source\"", StringComparison.Ordinal);
        var before = store.Current;

        var error = await store.SaveAsync(admin, json, TestContext.Current.CancellationToken);

        Assert.NotNull(error);
        Assert.Same(before, store.Current);
    }

    [Fact]
    public async Task Save_ByContractor_Refused()
    {
        var store = app.Get<AiServiceCatalogueStore>();
        var contractor = await app.UserAsync(Demo.NaniwaContractor);

        Assert.NotNull(await store.SaveAsync(contractor, await store.CurrentJsonAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Save_ValidRevision_BecomesCurrentAndIsKept()
    {
        var store = app.Get<AiServiceCatalogueStore>();
        var admin = await app.UserAsync("admin@city.example.jp");
        var json = (await store.CurrentJsonAsync(TestContext.Current.CancellationToken))
            .Replace("\"plan\": \"有料プラン\"", "\"plan\": \"Pro プラン\"", StringComparison.Ordinal);

        Assert.Null(await store.SaveAsync(admin, json, TestContext.Current.CancellationToken));

        Assert.Equal("Pro プラン", store.Current.FindById("midjourney")!.Plan);
        await using var db = await app.DbAsync();
        Assert.True(await db.CatalogueRevisions.CountAsync(TestContext.Current.CancellationToken) >= 2);
        Assert.Equal(admin.DisplayName, (await db.CatalogueRevisions.OrderByDescending(r => r.Id).FirstAsync(TestContext.Current.CancellationToken)).SavedBy);
    }
}
