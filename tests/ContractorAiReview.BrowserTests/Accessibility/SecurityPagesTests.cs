using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;

namespace ContractorAiReview.BrowserTests.Accessibility;

/// <summary>axe on the administrator's audit log and the error page, at desktop and phone width.</summary>
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
    public async Task ErrorPage_Axe_NoSeriousViolations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("error");
        await Expect(page.GetByTestId("correlation-id")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "91-error-page");
        await AssertNoSeriousViolationsAsync(page, "error-page");
    }
}
