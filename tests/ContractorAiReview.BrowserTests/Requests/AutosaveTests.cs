using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Requests.RequestFormFiller;

namespace ContractorAiReview.BrowserTests.Requests;

/// <summary>Nothing typed is lost when the connection goes: the form saves itself as a draft.</summary>
public sealed class AutosaveTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task TypedAnswers_PageClosedWithoutSaving_KeptInTheDraft()
    {
        var page = await SignInAsync(Demo.MioContractor);
        await GotoAsync(page, "requests/new");
        await ChooseContractAsync(page, "観光プロモーション動画制作業務委託");
        var answer = $"自動保存の確認 {Guid.NewGuid():N}";
        await Field(page, "利用業務").FillAsync(answer);
        await Field(page, "利用目的").FocusAsync();

        await Expect(page.GetByTestId("autosaved")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await ScreenshotAsync(page, "47-autosaved");

        // The circuit goes with the page: no save button was pressed.
        await page.CloseAsync();

        var again = await SignInAsync(Demo.MioContractor);
        await GotoAsync(again, "requests");
        await again.Locator("tr", new() { Has = again.Locator("[data-status=Draft]") })
            .Filter(new() { HasText = "観光プロモーション動画制作業務委託" }).Locator("a").First.ClickAsync();
        await WaitForInteractiveAsync(again);
        await again.GetByRole(AriaRole.Link, new() { Name = "編集する" }).ClickAsync();
        await WaitForInteractiveAsync(again);

        await Expect(Field(again, "利用業務")).ToHaveValueAsync(answer);
    }
}
