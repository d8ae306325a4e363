using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;

namespace ContractorAiReview.BrowserTests.Accessibility;

/// <summary>axe on the administrator's audit log and journal check, the password reset pages and the error page.</summary>
public sealed class SecurityPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AuditLogPage_AfterADownload_ListsItWithoutSeriousViolations()
    {
        // A contractor asks for a document: downloaded or refused, the attempt is on the record under their name.
        var contractor = await SignInAsync(Demo.NaniwaContractor);
        await contractor.APIRequest.GetAsync("documents/1");

        var page = await SignInAsync(Demo.Administrator);
        await GotoAsync(page, "admin/audit");
        await Expect(page.GetByTestId("audit-table").Locator("tbody tr").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("audit-table")).ToContainTextAsync(Demo.NaniwaContractor.DisplayName);
        await ScreenshotAsync(page, "90-audit-log");
        await AssertNoSeriousViolationsAsync(page, "audit-log");

        await page.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(page, "90-audit-log-phone");
        await AssertNoSeriousViolationsAsync(page, "audit-log-phone");
    }

    [Fact]
    public async Task JournalPage_Verify_SaysIntactWithTheHead_NoSeriousViolations()
    {
        var page = await SignInAsync(Demo.Administrator);
        await GotoAsync(page, "admin/journal");
        await Expect(page.GetByTestId("journal-table").Locator("tbody tr").First).ToBeVisibleAsync();
        await page.GetByTestId("journal-verify").ClickAsync();

        await Expect(page.GetByTestId("journal-intact")).ToContainTextAsync("改ざんは見つかりませんでした");
        await Expect(page.GetByTestId("journal-intact").Locator("code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));
        await ScreenshotAsync(page, "94-journal");
        await AssertNoSeriousViolationsAsync(page, "journal");

        await page.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(page, "94-journal-phone");
        await AssertNoSeriousViolationsAsync(page, "journal-phone");
    }

    [Fact]
    public async Task ForgotAndResetPages_SameAnswerForAnyAddress_ABadLinkSaysSo_NoSeriousViolations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("account/login");
        await page.GetByTestId("forgot-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/forgot$"));
        await page.Locator("#email").FillAsync("nobody@city.example.jp");
        await page.GetByTestId("forgot-submit").ClickAsync();
        await Expect(page.GetByTestId("forgot-sent")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "92-forgot-sent");
        await AssertNoSeriousViolationsAsync(page, "forgot-sent");

        await page.GotoAsync("account/reset?email=nobody%40city.example.jp&token=not-a-token");
        await page.Locator("#new-password").FillAsync("Kinkaku#Ginkaku2027");
        await page.Locator("#confirm-password").FillAsync("Kinkaku#Ginkaku2027");
        await page.GetByTestId("reset-submit").ClickAsync();
        await Expect(page.GetByTestId("reset-error")).ToContainTextAsync("このリンクは使えません");
        await ScreenshotAsync(page, "93-reset-bad-link");
        await AssertNoSeriousViolationsAsync(page, "reset-bad-link");
    }

    [Fact]
    public async Task ErrorPage_Axe_NoSeriousViolations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("error");
        await Expect(page.GetByTestId("correlation-id")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "91-error-page");
        await AssertNoSeriousViolationsAsync(page, "error-page");
    }
}
