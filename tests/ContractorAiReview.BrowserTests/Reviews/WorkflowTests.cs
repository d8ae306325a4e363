using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using UglyToad.PdfPig;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;

namespace ContractorAiReview.BrowserTests.Reviews;

/// <summary>
/// The department's workflow screens: revoking a confirmation (the notice reads as revoked on /verify and the
/// contractor gets the revocation notice), changing a route on the administrator's screen, and the definitions page
/// with its diagrams drawn from the code.
/// </summary>
public sealed partial class WorkflowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ConfirmedContract = "区民アンケート集計分析業務委託";

    [Fact]
    public async Task Revoke_ConfirmedRequest_VerifySaysRevoked_ContractorSeesTheReasonAndTheRevocationNotice()
    {
        const string reason = "業務委託の範囲外で市民の個人情報を入力したことが判明したため";
        var officer = await SignInAsync(Demo.ShiminOfficer);
        await GotoAsync(officer, "reviews");
        await officer.GetByRole(AriaRole.Tab, new() { Name = "すべての依頼" }).ClickAsync();
        await officer.Locator("tr", new() { HasText = ConfirmedContract, Has = officer.Locator("[data-status=Confirmed]") })
            .Locator("a[href^='requests/']").First.ClickAsync();
        await Expect(officer.GetByTestId("sanction-panel")).ToBeVisibleAsync();
        var code = NoticeCode(await DownloadAsync(officer, "確認通知書"));

        await officer.GetByTestId("sanction-Revoke").ClickAsync();
        await officer.GetByTestId("sanction-send").ClickAsync();
        await Expect(officer.GetByTestId("sanction-panel")).ToContainTextAsync("理由を入力してください。");
        await ScreenshotAsync(officer, "62-revoke-panel");
        await AssertNoSeriousViolationsAsync(officer, "revoke-panel");
        await officer.GetByTestId("sanction-reason").FillAsync(reason);
        await officer.GetByTestId("sanction-send").ClickAsync();
        await Expect(officer.Locator("[data-status]").First).ToHaveAttributeAsync("data-status", "Revoked");
        await Expect(officer.GetByTestId("sanction-panel")).ToHaveCountAsync(0);

        // Anyone holding the notice learns it no longer stands.
        var visitor = await NewPageAsync();
        await visitor.GotoAsync($"verify/{code}");
        await Expect(visitor.GetByTestId("verify-status")).ToHaveAttributeAsync("data-validity", "Revoked");
        await ScreenshotAsync(visitor, "63-verify-revoked");

        // The contractor sees the reason and gets the revocation notice, which states it.
        var contractor = await SignInAsync(Demo.NaniwaContractor);
        await GotoAsync(contractor, "requests");
        await contractor.Locator("tr", new() { HasText = ConfirmedContract, Has = contractor.Locator("[data-status=Revoked]") })
            .Locator("a[href^='requests/']").First.ClickAsync();
        await Expect(contractor.GetByTestId("sanction-reason-shown")).ToContainTextAsync(reason);
        await Expect(contractor.GetByTestId("sanction-panel")).ToHaveCountAsync(0);
        await DismissMessagesAsync(contractor);
        await ScreenshotAsync(contractor, "64-revoked-contractor-view");
        await AssertNoSeriousViolationsAsync(contractor, "revoked-contractor-view");
        var revocation = Regex.Replace(string.Concat(PdfDocument.Open(await DownloadAsync(contractor, "確認取消通知")).GetPages().Select(p => p.Text)), @"\s+", "");
        Assert.Contains(Regex.Replace(reason, @"\s+", ""), revocation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeRoute_OnTheAdministratorsScreen_SavedAsTheNextVersionAndShownOnTheDefinitionsPage()
    {
        var admin = await SignInAsync(Demo.Administrator);
        await GotoAsync(admin, "admin/departments");
        var row = admin.Locator("tr", new() { HasText = "こども青少年局企画課" });
        await row.GetByRole(AriaRole.Button, new() { Name = "決裁ルート" }).ClickAsync();
        var dialog = admin.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("route-add-step").ClickAsync();
        await dialog.GetByTestId("route-title-1").FillAsync("");
        await dialog.GetByTestId("route-save").ClickAsync();
        await Expect(dialog).ToContainTextAsync("職名を入力してください");
        await ScreenshotAsync(admin, "65-route-dialog-error");
        await AssertNoSeriousViolationsAsync(admin, "route-dialog");
        await dialog.GetByTestId("route-title-1").FillAsync("課長");
        await dialog.GetByTestId("route-save").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(row).ToContainTextAsync("担当 → 課長");
        await Expect(row).ToContainTextAsync("第2版");

        await GotoAsync(admin, "definitions");
        await Expect(admin.GetByTestId("lifecycle-diagram")).ToHaveAttributeAsync("data-rendered", "true");
        await Expect(admin.Locator("#lifecycle-diagram svg")).ToBeVisibleAsync();
        var section = admin.Locator("[data-testid^=route-definition-]", new() { HasText = "こども青少年局企画課" });
        await Expect(section).ToContainTextAsync("課長決裁");
        await Expect(section.Locator("figure svg")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("lifecycle-moves")).ToContainTextAsync("ルートの最後の段階で");
        await ScreenshotAsync(admin, "66-definitions");
        await AssertNoSeriousViolationsAsync(admin, "definitions");
    }

    /// <summary>Fetches the first document link of the kind with the page's own cookies, as the browser would.</summary>
    private static async Task<byte[]> DownloadAsync(IPage page, string kind)
    {
        var link = page.GetByTestId("document-link").Filter(new() { HasText = kind }).First;
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("The document link has no address.");
        var response = await page.Context.APIRequest.GetAsync(href);
        Assert.Equal(200, response.Status);
        return await response.BodyAsync();
    }

    /// <summary>The verification code printed on a document (e.g. ABCDE-23456).</summary>
    private static string NoticeCode(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        return VerificationCode().Match(text) is { Success: true } match ? match.Value : throw new InvalidOperationException("No verification code on the notice.");
    }

    [GeneratedRegex("[2-9A-HJ-KM-NP-Z]{5}-[2-9A-HJ-KM-NP-Z]{5}")]
    private static partial Regex VerificationCode();
}
