using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Web.Catalogue;
using ContractorAiReview.Web.Resources;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Tests.Catalogue;

/// <summary>The administrator edits one catalogue entry at a time; each save is a revision, and revisions compare.</summary>
public sealed class CatalogueEntryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private AiServiceCatalogueStore Store => app.Get<AiServiceCatalogueStore>();
    private IStringLocalizer<Strings> L => app.Get<IStringLocalizer<Strings>>();

    [Fact]
    public async Task SaveEntry_ChangedPlanAndFact_NewRevisionInUseAndComparable()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.UserAsync(Demo.Administrator);
        var before = (await Store.RevisionsAsync(admin, ct))[0];
        var entry = Store.Current.Entries[0];
        var form = CatalogueEntryForm.FromJson(await Store.CurrentJsonAsync(ct), entry.Id);
        form.Plan = "Enterprise（試験）";
        form.DataLocation = new FactInput<string> { Value = "日本国内", Source = CatalogueEntryForm.NewSourceKey };
        form.NewSourceTitle = "提供者の公開資料（試験）";
        form.NewSourceCheckedOn = new DateTime(2026, 11, 24);

        var result = await Store.SaveEntryAsync(admin, entry.Id, form, L, ct);

        Assert.True(result.Succeeded);
        var saved = Store.Current.FindById(entry.Id)!;
        Assert.Equal("Enterprise（試験）", saved.Plan);
        Assert.Equal("日本国内", saved.DataLocation.Value);
        Assert.Equal("提供者の公開資料（試験）", saved.DataLocation.Source.Source);
        Assert.Equal(new DateOnly(2026, 11, 24), saved.DataLocation.Source.CheckedOn);
        Assert.Equal(entry.ServiceName, saved.ServiceName);
        var after = (await Store.RevisionsAsync(admin, ct))[0];
        Assert.True(after.Id > before.Id);
        Assert.Equal(admin.DisplayName, after.SavedBy);
        var comparison = (await Store.CompareAsync(admin, before.Id, after.Id, ct))!;
        var changed = Assert.Single(comparison.Changed);
        Assert.Equal([nameof(AiServiceEntry.Plan), nameof(AiServiceEntry.DataLocation)], changed.Changes.Select(c => c.Field));
        Assert.Empty(comparison.Added);
        Assert.Empty(comparison.Removed);
    }

    [Fact]
    public async Task SaveEntry_FactWithoutSource_RefusedAtTheFieldAndNothingSaved()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.UserAsync(Demo.Administrator);
        var revisions = (await Store.RevisionsAsync(admin, ct)).Count;
        var form = NewEntry("test-no-source");
        form.OptOutAvailable = new FactInput<bool?> { Value = true, Source = null };

        var result = await Store.SaveEntryAsync(admin, null, form, L, ct);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Contains("OptOutAvailable.Source", result.Errors!.Keys);
        Assert.Equal(revisions, (await Store.RevisionsAsync(admin, ct)).Count);
        Assert.Null(Store.Current.FindById("test-no-source"));
    }

    [Fact]
    public async Task SaveEntry_NewEntryWithTakenId_Refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var result = await Store.SaveEntryAsync(await app.UserAsync(Demo.Administrator), null, NewEntry(Store.Current.Entries[0].Id), L, ct);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Contains(nameof(CatalogueEntryForm.Id), result.Errors!.Keys);
    }

    [Fact]
    public async Task SaveEntry_NewEntry_AddedWithUnknownFactsAsUnknown()
    {
        var ct = TestContext.Current.CancellationToken;

        var result = await Store.SaveEntryAsync(await app.UserAsync(Demo.Administrator), null, NewEntry("voice-notes-business"), L, ct);

        Assert.True(result.Succeeded);
        var added = Store.Current.FindById("voice-notes-business")!;
        Assert.Equal(Domain.Requests.AiModality.Voice | Domain.Requests.AiModality.Text, added.Modalities);
        Assert.False(added.TermsType.IsKnown);
    }

    [Theory]
    [InlineData(Demo.Procurement)]
    [InlineData(Demo.ShiminOfficer)]
    [InlineData(Demo.NaniwaContractor)]
    public async Task SaveEntry_NotAdministrator_Forbidden(string email)
    {
        var ct = TestContext.Current.CancellationToken;
        var user = await app.UserAsync(email);

        Assert.Equal(CommandOutcome.Forbidden, (await Store.SaveEntryAsync(user, null, NewEntry("x-forbidden"), L, ct)).Outcome);
        Assert.Empty(await Store.RevisionsAsync(user, ct));
        Assert.Null(await Store.CompareAsync(user, 1, 1, ct));
    }

    private static CatalogueEntryForm NewEntry(string id) => new()
    {
        Id = id, ServiceName = "音声メモAI", Plan = "法人プラン", Provider = "試験株式会社",
        Modalities = [Domain.Requests.AiModality.Text, Domain.Requests.AiModality.Voice],
    };
}
