using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;
using static ContractorAiReview.BrowserTests.Requests.RequestFormFiller;

namespace ContractorAiReview.BrowserTests.Requests;

/// <summary>The contractor withdraws a filed request with a reason, and deletes a draft that was never submitted.</summary>
public sealed class WithdrawTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Withdraw_FiledRequest_ReasonAskedThenWithdrawnWithItsReasonInTheHistory()
    {
        var page = await SignInAsync(Demo.NaniwaContractor);
        await GotoAsync(page, "requests/new");
        await ChooseContractAsync(page, CivicGuidesContract);
        await FillAllButChecklistAsync(page);
        await TickChecklistAsync(page);
        await page.GetByTestId("submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/requests/\d+$"));
        await Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Submitted");

        await page.GetByTestId("withdraw").ClickAsync();
        await page.GetByTestId("withdraw-send").ClickAsync();
        await Expect(page.GetByTestId("withdraw-panel")).ToContainTextAsync("入力してください。");
        // The "submitted" message may still be fading in when axe looks, its colours half-way: dismissed first.
        await DismissMessagesAsync(page);
        await ScreenshotAsync(page, "60-withdraw-panel");
        await AssertNoSeriousViolationsAsync(page, "withdraw-panel");
        await page.GetByTestId("withdraw-reason").FillAsync("委託業務の範囲が変わり、生成AIを利用しないことにしたため");
        await page.GetByTestId("withdraw-send").ClickAsync();

        await Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Withdrawn");
        await Expect(page.GetByTestId("withdraw")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Tab, new() { Name = "履歴" }).ClickAsync();
        await Expect(page.GetByTestId("history")).ToContainTextAsync("委託業務の範囲が変わり、生成AIを利用しないことにしたため");
        await ScreenshotAsync(page, "61-withdrawn");
    }

    [Fact]
    public async Task DeleteDraft_NeverSubmitted_GoneAfterConfirming()
    {
        var page = await SignInAsync(Demo.NaniwaContractor);
        await GotoAsync(page, "requests/new");
        await ChooseContractAsync(page, CivicGuidesContract);
        await page.GetByTestId("save-draft").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/requests/\d+/edit$"));
        var id = RequestIdIn(page.Url);
        await GotoAsync(page, $"requests/{id}");

        await page.GetByTestId("delete-draft").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "下書きを削除" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/requests$"));
        await GotoAsync(page, $"requests/{id}");
        await Expect(page.GetByTestId("delete-draft")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-status]")).ToHaveCountAsync(0);
    }
}
