using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;

namespace ContractorAiReview.BrowserTests.Admin;

/// <summary>The administrator edits a catalogue entry in its form and reads what changed; the dashboard shows its figures.</summary>
public sealed class CatalogueAndDashboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task CatalogueEntry_PlanEdited_NewRevisionShowsTheChange()
    {
        var page = await SignInAsync(Demo.Administrator);
        await GotoAsync(page, "admin/catalogue");
        await page.Locator("[data-testid^=entry-edit-]").First.ClickAsync();
        var plan = page.GetByTestId("entry-plan");
        await plan.FillAsync("法人向けプラン（ブラウザ試験）");
        await ScreenshotAsync(page, "80-catalogue-entry-dialog");
        await AssertNoSeriousViolationsAsync(page, "catalogue-entry-dialog");
        await page.GetByTestId("entry-save").ClickAsync();
        await Expect(page.GetByTestId("catalogue-table")).ToContainTextAsync("法人向けプラン（ブラウザ試験）");

        await page.GetByTestId("revision-compare").ClickAsync();
        await Expect(page.GetByTestId("revision-changes")).ToContainTextAsync("法人向けプラン（ブラウザ試験）");
        await DismissMessagesAsync(page);
        await ScreenshotAsync(page, "81-catalogue-revisions");
        await AssertNoSeriousViolationsAsync(page, "catalogue-revisions");
        await page.SetViewportSizeAsync(390, 844);
        await AssertNoSeriousViolationsAsync(page, "catalogue-phone");
    }

    [Fact]
    public async Task Dashboard_AdministratorAndOfficer_FiguresWithTablesWithoutSeriousViolations()
    {
        var admin = await SignInAsync(Demo.Administrator);
        await GotoAsync(admin, "dashboard");
        await Expect(admin.GetByTestId("status-table")).ToContainTextAsync("確認済");
        await Expect(admin.GetByTestId("department-table")).ToContainTextAsync("経済戦略局観光課");
        await ScreenshotAsync(admin, "82-dashboard-administrator");
        await AssertNoSeriousViolationsAsync(admin, "dashboard-administrator");
        await admin.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(admin, "82-dashboard-phone");
        await AssertNoSeriousViolationsAsync(admin, "dashboard-phone");

        var officer = await SignInAsync(Demo.ShiminOfficer);
        await GotoAsync(officer, "dashboard");
        await Expect(officer.GetByTestId("department-table")).ToContainTextAsync("市民局区政課");
        await Expect(officer.GetByTestId("department-table")).Not.ToContainTextAsync("経済戦略局観光課");
    }
}
