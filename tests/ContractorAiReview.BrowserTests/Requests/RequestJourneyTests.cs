using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using UglyToad.PdfPig;
using static ContractorAiReview.BrowserTests.Requests.RequestFormFiller;

namespace ContractorAiReview.BrowserTests.Requests;

/// <summary>
/// The whole procedure in the browser on 区政課's two-step route: file, return, amend, resubmit; the officer (担当)
/// takes it from the queue and forwards it, the approver (課長) takes it and approves it (決裁); both sides download
/// the notice.
/// </summary>
public sealed class RequestJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task FileReturnResubmitForwardApprove_ContractorOfficerAndApprover_NoticeNamesRequestContractAndChief()
    {
        const string reason = "(2) 画像生成サービスの利用プランを具体的に記載してください。";

        // The contractor files a request with two services, one of them an image service.
        var contractor = await SignInAsync(Demo.NaniwaContractor);
        await GotoAsync(contractor, "requests/new");
        await ChooseContractAsync(contractor, FestivalContract);
        await FillAllButChecklistAsync(contractor);
        await contractor.GetByTestId("save-draft").ClickAsync();
        await contractor.WaitForURLAsync(new Regex(@"/requests/\d+/edit$"));
        var id = RequestIdIn(contractor.Url);

        // The draft kept what was typed, the image service's provenance answer included.
        await GotoAsync(contractor, $"requests/{id}/edit");
        await Expect(ServiceField(contractor, 1, "生成 AI サービス名称")).ToHaveValueAsync("Adobe Firefly");
        await Expect(contractor.Locator("input[data-testid=service-1-Image]")).ToBeCheckedAsync();
        await Expect(contractor.GetByTestId("service-1-provenance").GetByRole(AriaRole.Radio).First).ToBeCheckedAsync();
        await TickChecklistAsync(contractor);
        await PledgeAsync(contractor);
        await ScreenshotAsync(contractor, "journey-01-form-filled");
        await contractor.GetByTestId("submit").ClickAsync();
        await Expect(contractor).ToHaveURLAsync(new Regex($"/requests/{id}/receipt$"));
        await Expect(contractor.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Submitted");
        var number = await RequestNumberOnPageAsync(contractor);

        // The contractor's request shows where it is: filed, at 担当's check, with the decision date.
        await GotoAsync(contractor, $"requests/{id}");
        await Expect(contractor.GetByTestId("timeline-step-0")).ToHaveAttributeAsync("data-state", "current");
        await Expect(contractor.GetByTestId("decision-due")).ToBeVisibleAsync();

        // The department's officer finds it among the unassigned tasks, takes it and returns it with a reason.
        var officer = await SignInAsync(Demo.ShiminOfficer);
        await GotoAsync(officer, "reviews");
        await officer.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^未割当") }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex($"/requests/{id}$"));
        await officer.GetByTestId("claim").ClickAsync();
        await Expect(officer.GetByTestId("task-holder")).ToContainTextAsync(Demo.ShiminOfficer.DisplayName);
        await officer.GetByTestId("return").ClickAsync();
        var returnPanel = officer.GetByTestId("return-panel");
        await returnPanel.Locator("textarea[data-testid=return-reason-input]").FillAsync(reason);
        await returnPanel.GetByRole(AriaRole.Button, new() { Name = "差し戻す" }).ClickAsync();
        await Expect(officer.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Returned");

        // The contractor sees the reason, amends and resubmits.
        await GotoAsync(contractor, $"requests/{id}");
        await Expect(contractor.GetByTestId("return-reason")).ToContainTextAsync(reason);
        await ScreenshotAsync(contractor, "journey-02-returned-contractor-view");
        await contractor.GetByRole(AriaRole.Link, new() { Name = "修正して再提出する" }).ClickAsync();
        await contractor.WaitForURLAsync(new Regex($"/requests/{id}/edit$"));
        await Expect(contractor.GetByTestId("return-reason")).ToContainTextAsync(reason);
        await ServiceField(contractor, 1, "利用規約（利用プラン・契約等）").FillAsync("Adobe Firefly エンタープライズ版（法人契約）");
        // A return asks for the pledge again: the refiling is a new statement of fact.
        await Expect(contractor.GetByTestId("pledge-acknowledged")).Not.ToBeCheckedAsync();
        await PledgeAsync(contractor);
        await contractor.GetByTestId("submit").ClickAsync();
        await Expect(contractor).ToHaveURLAsync(new Regex($"/requests/{id}/receipt$"));
        await Expect(contractor.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Submitted");

        // The officer sees the amendment, takes it again and forwards it to 課長 for 決裁: on this route 担当 cannot confirm.
        await GotoAsync(officer, $"requests/{id}");
        await Expect(officer.GetByText("Adobe Firefly エンタープライズ版（法人契約）")).ToBeVisibleAsync();
        await officer.GetByTestId("claim").ClickAsync();
        await Expect(officer.GetByTestId("confirm")).ToHaveCountAsync(0);
        await officer.GetByTestId("forward").ClickAsync();
        await Expect(officer.GetByTestId("timeline-step-1")).ToHaveAttributeAsync("data-state", "current");
        await ScreenshotAsync(officer, "journey-03-forwarded-to-chief");

        // 課長 finds it waiting for approval, takes it and confirms, which issues the notice.
        var approver = await SignInAsync(Demo.ShiminApprover);
        await GotoAsync(approver, "reviews");
        await Expect(approver.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^決裁待ち") })).ToHaveAttributeAsync("aria-selected", "true");
        await approver.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(approver).ToHaveURLAsync(new Regex($"/requests/{id}$"));
        await approver.GetByTestId("claim").ClickAsync();
        await approver.GetByTestId("confirm").ClickAsync();
        await approver.GetByTestId("confirm-panel").GetByRole(AriaRole.Button, new() { Name = "確認して確認通知書を発行する" }).ClickAsync();
        await Expect(approver.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Confirmed");
        await GotoAsync(officer, $"requests/{id}");
        // Filed twice, returned once, confirmed once: two request forms, the request for changes and the notice.
        await Expect(officer.GetByTestId("document-link")).ToHaveCountAsync(4);
        await Expect(NoticeLink(officer)).ToHaveCountAsync(1);

        // The history records every step, with the return's reason.
        await officer.GetByRole(AriaRole.Tab, new() { Name = "履歴" }).ClickAsync();
        var history = officer.GetByTestId("history");
        await Expect(history).ToContainTextAsync("確認依頼中 → 差戻し");
        await Expect(history).ToContainTextAsync(reason);
        await Expect(history).ToContainTextAsync("差戻し → 確認依頼中");
        await Expect(history).ToContainTextAsync("確認依頼中 → 確認済");
        await Expect(history).ToContainTextAsync("決裁へ回付");
        await ScreenshotAsync(officer, "journey-04-confirmed-officer-history");

        // Both sides download the same notice.
        var officerPdf = await DownloadNoticeAsync(officer);
        await GotoAsync(contractor, $"requests/{id}");
        await Expect(contractor.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Confirmed");
        var contractorPdf = await DownloadNoticeAsync(contractor);
        Assert.Equal(officerPdf, contractorPdf);
        AssertNoticeNames(officerPdf, number, FestivalContract, $"課長{Demo.ShiminApprover.DisplayName}");

        // The contractor's history has no office-internal moves (who took it, the forwarding).
        await contractor.GetByRole(AriaRole.Tab, new() { Name = "履歴" }).ClickAsync();
        await Expect(contractor.GetByTestId("history")).ToContainTextAsync("確認依頼中 → 確認済");
        await Expect(contractor.GetByTestId("history")).Not.ToContainTextAsync("決裁へ回付");
    }

    private static ILocator NoticeLink(IPage page) => page.GetByTestId("document-link").Filter(new() { HasText = "確認通知書" });

    /// <summary>Fetches the document link's target with the page's own cookies, as the browser would.</summary>
    private static async Task<byte[]> DownloadNoticeAsync(IPage page)
    {
        var href = await NoticeLink(page).GetAttributeAsync("href") ?? throw new InvalidOperationException("The document link has no address.");
        var response = await page.Context.APIRequest.GetAsync(href);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        return await response.BodyAsync();
    }

    private static void AssertNoticeNames(byte[] pdf, string number, string contractName, string signedBy)
    {
        Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8), "The notice is not a PDF.");
        using var document = PdfDocument.Open(pdf);
        // Extracted Japanese may carry layout spaces between glyphs: compare without white space.
        var text = Regex.Replace(string.Concat(document.GetPages().Select(p => p.Text)), @"\s+", "");
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains(contractName, text, StringComparison.Ordinal);
        Assert.Contains(Regex.Replace(signedBy, @"\s+", ""), text, StringComparison.Ordinal);
    }
}
