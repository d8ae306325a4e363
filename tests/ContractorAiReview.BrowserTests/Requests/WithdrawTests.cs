using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;
using static ContractorAiReview.BrowserTests.Requests.RequestFormFiller;

namespace ContractorAiReview.BrowserTests.Requests;

/// <summary>
/// After filing, the contractor gets a printable receipt with the decision date; a filed request can be withdrawn with
/// a reason, and a draft that was never submitted deleted.
/// </summary>
public sealed class WithdrawTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task FileThenWithdraw_ReceiptWithTheDecisionDate_ThenWithdrawnWithItsReasonInTheHistory()
    {
        var page = await SignInAsync(Demo.NaniwaContractor);
        // The receipt first (到達番号, the decision date, what comes next), printable without the app's chrome.
        await FileCompleteRequestAsync(page, CivicGuidesContract);
        await Expect(page.GetByTestId("receipt-due")).ToContainTextAsync("開庁日");
        await DismissMessagesAsync(page);
        await ScreenshotAsync(page, "59-receipt");
        await AssertNoSeriousViolationsAsync(page, "receipt");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByTestId("receipt-print")).ToBeHiddenAsync();
        await Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GetByTestId("receipt-request").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/requests/\d+$"));
        await Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Submitted");
        await Expect(page.GetByTestId("decision-due")).ToContainTextAsync("回答予定日");

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
