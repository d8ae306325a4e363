using ContractorAiReview.BrowserTests.Infrastructure;

namespace ContractorAiReview.BrowserTests.Contracts;

/// <summary>Procurement attaches the special specification; only then can the contractor file on that contract.</summary>
public sealed class SpecialSpecificationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string UnattachedContract = "子育て支援情報誌編集業務委託";

    [Fact]
    public async Task Attach_ContractWithoutSpecification_ContractorCanThenChooseIt()
    {
        var contractor = await SignInAsync(Demo.NaniwaContractor);
        await GotoAsync(contractor, "requests/new");
        await contractor.GetByTestId("contract-select").ClickAsync();
        await Expect(contractor.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await Expect(contractor.GetByRole(AriaRole.Option, new() { Name = UnattachedContract })).ToHaveCountAsync(0);

        var procurement = await SignInAsync(Demo.Procurement);
        await GotoAsync(procurement, "contracts");
        var row = procurement.Locator("tr", new() { HasText = UnattachedContract });
        await Expect(row).ToContainTextAsync("未添付");
        // Each row's button says which contract it attaches to.
        await row.GetByRole(AriaRole.Button, new() { Name = $"特記仕様書を添付: {UnattachedContract}" }).ClickAsync();
        // The irreversible step asks first, naming the guideline by its title and edition.
        var dialog = procurement.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("業務受託事業者等向け生成AI利用ガイドライン 第1.1版");
        await Expect(dialog).Not.ToContainTextAsync("osaka-contractor/1.1");
        await dialog.GetByTestId("attach-confirm").ClickAsync();
        await Expect(row).ToContainTextAsync("添付済");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        await GotoAsync(contractor, "requests/new");
        await contractor.GetByTestId("contract-select").ClickAsync();
        await Expect(contractor.GetByRole(AriaRole.Option, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + UnattachedContract) })).ToHaveCountAsync(1);
    }
}
