using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;
using static ContractorAiReview.BrowserTests.Requests.RequestFormFiller;

namespace ContractorAiReview.BrowserTests.Accessibility;

/// <summary>axe-core (WCAG 2 A/AA) on every main page and every state of the request form; each page is also photographed.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task LoginPage_Axe_NoSeriousViolations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("account/login");
        await ScreenshotAsync(page, "01-sign-in");
        await AssertNoSeriousViolationsAsync(page, "sign-in");
    }

    [Fact]
    public async Task LoginPage_AfterFailedSignIn_NoSeriousViolations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("account/login");
        await page.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("#email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#email")).ToHaveAttributeAsync("aria-describedby", "email-error");
        await ScreenshotAsync(page, "02-sign-in-errors");
        await AssertNoSeriousViolationsAsync(page, "sign-in-errors");
    }

    [Fact]
    public async Task HomePage_Contractor_NoSeriousViolations()
    {
        var page = await SignInAsync(Demo.NaniwaContractor);
        await Expect(page.Locator("h1")).ToContainTextAsync(Demo.NaniwaContractor.DisplayName);
        await ScreenshotAsync(page, "03-home-contractor");
        await AssertNoSeriousViolationsAsync(page, "home-contractor");
    }

    [Fact]
    public async Task MyRequestsPage_Contractor_NoSeriousViolations()
    {
        var page = await SignInAsync(Demo.NaniwaContractor);
        await GotoAsync(page, "requests");
        await Expect(page.Locator("table a[href^='requests/']").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "10-request-list");
        await AssertNoSeriousViolationsAsync(page, "request-list");
    }

    [Fact]
    public async Task RequestFormPage_ContractNotChosen_NoSeriousViolations()
    {
        var page = await SignInAsync(Demo.NaniwaContractor);
        await GotoAsync(page, "requests/new");
        await Expect(page.GetByTestId("contract-select")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "11-request-form-choose-contract");
        await AssertNoSeriousViolationsAsync(page, "request-form-choose-contract");
    }

    [Fact]
    public async Task RequestFormPage_TextServiceOnly_NoSeriousViolations()
    {
        var page = await OpenNewFormAsync();
        await page.Locator("input[data-testid=service-0-Text]").CheckAsync();
        await Expect(page.GetByTestId("service-0-provenance")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("subcontractor-0")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "12-request-form-text-only");
        await AssertNoSeriousViolationsAsync(page, "request-form-text-only");
    }

    [Fact]
    public async Task RequestFormPage_ImageServiceChosen_ProvenanceShownWithoutSeriousViolations()
    {
        var page = await OpenNewFormAsync();
        await page.Locator("input[data-testid=service-0-Image]").CheckAsync();
        await Expect(page.GetByTestId("service-0-provenance")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "13-request-form-image-provenance");
        await AssertNoSeriousViolationsAsync(page, "request-form-image-provenance");
    }

    [Fact]
    public async Task RequestFormPage_SubcontractorChosen_CompanyNameShownWithoutSeriousViolations()
    {
        var page = await OpenNewFormAsync();
        await page.GetByTestId("user-subcontractor").CheckAsync();
        await Expect(page.GetByTestId("subcontractor-0")).ToBeVisibleAsync();
        await page.GetByTestId("add-subcontractor").ClickAsync();
        await Expect(page.GetByTestId("subcontractor-1")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "14-request-form-subcontractor");
        await AssertNoSeriousViolationsAsync(page, "request-form-subcontractor");
    }

    [Fact]
    public async Task RequestFormPage_FailedSubmit_ErrorsAnnouncedWithoutSeriousViolations()
    {
        var page = await OpenNewFormAsync();
        await page.GetByTestId("submit").ClickAsync();

        // The summary is in a live region, the checklist error is tied to its fieldset, and the fields say what is missing.
        var summary = page.GetByTestId("form-error");
        await Expect(summary).ToHaveTextAsync("入力内容に誤りがあります。各項目のメッセージを確認してください。");
        await Expect(page.Locator("[aria-live]").Filter(new() { Has = summary })).ToHaveCountAsync(1);
        await Expect(page.Locator("#checklist-error[aria-live]")).ToContainTextAsync("遵守チェックリストの全ての項目を確認してチェックしてください。");
        await Expect(page.Locator("fieldset.checklist")).ToHaveAttributeAsync("aria-describedby", "checklist-error");
        await Expect(page.GetByText("入力してください。").First).ToBeVisibleAsync();
        var business = Field(page, "利用業務");
        await Expect(business).ToHaveAttributeAsync("aria-invalid", "true");
        var describedBy = await business.GetAttributeAsync("aria-describedby") ?? "";
        Assert.False(string.IsNullOrEmpty(describedBy), "The invalid field does not point at its message.");
        await Expect(page.Locator($"[id='{describedBy}']")).ToHaveTextAsync("入力してください。");
        // The summary at the top has the focus and links each missing answer to its field.
        var errorSummary = page.GetByTestId("error-summary");
        await Expect(errorSummary).ToBeFocusedAsync();
        await errorSummary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^利用業務") }).ClickAsync();
        await Expect(business).ToBeFocusedAsync();
        await ScreenshotAsync(page, "15-request-form-errors");
        await AssertNoSeriousViolationsAsync(page, "request-form-errors");
    }

    [Fact]
    public async Task ReviewQueuePage_Officer_NoSeriousViolations()
    {
        // Every filed request of the department (another test takes the unassigned one, so the queues vary by order).
        var page = await SignInAsync(Demo.KankoOfficer);
        await GotoAsync(page, "reviews");
        await page.GetByRole(AriaRole.Tab, new() { Name = "すべての依頼" }).ClickAsync();
        await Expect(page.Locator("table a[href^='requests/']").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "20-review-queue");
        await AssertNoSeriousViolationsAsync(page, "review-queue");
    }

    [Fact]
    public async Task RequestDetailPage_OfficerReviewing_NoSeriousViolationsOnAnswersPanelsAndHistory()
    {
        var page = await SignInAsync(Demo.KankoOfficer);
        await GotoAsync(page, "reviews");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^未割当") }).ClickAsync();
        await page.Locator("table a[href^='requests/']").First.ClickAsync();
        await Expect(page.GetByTestId("route-timeline")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(page, "review-detail-unassigned");
        await page.GetByTestId("claim").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "確認する" })).ToBeVisibleAsync();
        await DismissMessagesAsync(page);
        await ScreenshotAsync(page, "21-review-detail-answers");
        await AssertNoSeriousViolationsAsync(page, "review-detail-answers");

        await page.GetByRole(AriaRole.Button, new() { Name = "差し戻す" }).ClickAsync();
        var panel = page.GetByTestId("return-panel");
        await panel.GetByRole(AriaRole.Button, new() { Name = "差し戻す" }).ClickAsync();
        await Expect(panel).ToContainTextAsync("差戻しの理由を入力してください。");
        await ScreenshotAsync(page, "22-review-detail-return-panel-error");
        await AssertNoSeriousViolationsAsync(page, "review-detail-return-panel");
        await panel.GetByRole(AriaRole.Button, new() { Name = "キャンセル" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "確認する" }).ClickAsync();
        await Expect(page.GetByTestId("confirm-panel")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(page, "review-detail-confirm-panel");
        await page.GetByTestId("confirm-panel").GetByRole(AriaRole.Button, new() { Name = "キャンセル" }).ClickAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "履歴" }).ClickAsync();
        await Expect(page.GetByTestId("history")).ToContainTextAsync("下書き → 確認依頼中");
        await ScreenshotAsync(page, "23-review-detail-history");
        await AssertNoSeriousViolationsAsync(page, "review-detail-history");
    }

    [Fact]
    public async Task RequestDetailPage_ContractorReturnedRequest_NoSeriousViolations()
    {
        var page = await SignInAsync(Demo.NaniwaContractor);
        await GotoAsync(page, "requests");
        await page.Locator("tr", new() { Has = page.Locator("[data-status=Returned]") }).Locator("a[href^='requests/']").First.ClickAsync();
        await Expect(page.GetByTestId("return-reason")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "16-request-detail-returned");
        await AssertNoSeriousViolationsAsync(page, "request-detail-returned");
    }

    [Fact]
    public async Task ContractsPage_Procurement_NoSeriousViolations()
    {
        var page = await SignInAsync(Demo.Procurement);
        await GotoAsync(page, "contracts");
        await Expect(page.GetByText("子育て支援情報誌編集業務委託")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "30-contracts");
        await AssertNoSeriousViolationsAsync(page, "contracts");
    }

    [Fact]
    public async Task UsersPage_Administrator_NoSeriousViolations()
    {
        var page = await SignInAsync(Demo.Administrator);
        await GotoAsync(page, "admin/users");
        await Expect(page.GetByText(Demo.ShiminOfficer.Email)).ToBeVisibleAsync();
        await ScreenshotAsync(page, "40-users");
        await AssertNoSeriousViolationsAsync(page, "users");
    }

    [Fact]
    public async Task VerifyPage_AnonymousUnknownCode_NoSeriousViolations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("verify");
        await WaitForInteractiveAsync(page);
        await page.GetByTestId("verify-code").FillAsync("ABCDE-23456");
        await page.GetByRole(AriaRole.Button, new() { Name = "確認する" }).ClickAsync();
        await Expect(page.GetByTestId("verify-unknown")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "44-verify-unknown");
        await AssertNoSeriousViolationsAsync(page, "verify");
    }

    [Fact]
    public async Task CataloguePage_Administrator_NoSeriousViolations()
    {
        var page = await SignInAsync(Demo.Administrator);
        await GotoAsync(page, "admin/catalogue");
        await Expect(page.GetByTestId("catalogue-table")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "45-catalogue");
        await AssertNoSeriousViolationsAsync(page, "catalogue");
    }

    [Fact]
    public async Task RequestDetailPage_ConfirmedWithImageService_ConsentPanelAndFindingsWithoutSeriousViolations()
    {
        var page = await SignInAsync(Demo.MioContractor);
        await GotoAsync(page, "requests");
        // The confirmed request, not a change of it another test may have started.
        await page.Locator("tr", new() { HasText = "多言語観光パンフレット作成業務委託", Has = page.Locator("[data-status=Confirmed]") }).Locator("a").First.ClickAsync();
        await WaitForInteractiveAsync(page);
        await Expect(page.GetByTestId("consent-panel")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("findings-panel")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "46-consent-panel");
        await AssertNoSeriousViolationsAsync(page, "consent-panel");
    }

    private async Task<IPage> OpenNewFormAsync()
    {
        var page = await SignInAsync(Demo.NaniwaContractor);
        await GotoAsync(page, "requests/new");
        await ChooseContractAsync(page, CivicGuidesContract);
        return page;
    }
}
