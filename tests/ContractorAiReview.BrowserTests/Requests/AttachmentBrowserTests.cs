using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using ContractorAiReview.Tests.Shared;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;
using static ContractorAiReview.BrowserTests.Requests.RequestFormFiller;

namespace ContractorAiReview.BrowserTests.Requests;

/// <summary>別紙添付 on the form: after the draft is saved, a sheet is attached, listed and downloadable; a file that is not what it claims is refused beside the control.</summary>
public sealed class AttachmentBrowserTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AttachSheet_SavedDraft_ListedDownloadableAndAProgramRefused()
    {
        var page = await SignInAsync(Demo.MioContractor);
        await GotoAsync(page, "requests/new");
        await ChooseContractAsync(page, "観光プロモーション動画制作業務委託");
        await Expect(page.GetByTestId("attachments-save-first")).ToBeVisibleAsync();
        await page.GetByTestId("save-draft").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/requests/\d+/edit$"));
        await WaitForInteractiveAsync(page);

        // MudFileUpload adds a fresh file input after each pick: the last one is the live one.
        var picker = page.Locator("[data-testid=attachments] input[type=file]").Last;
        await picker.SetInputFilesAsync(new FilePayload { Name = "別紙1_利用手順.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf });
        var link = page.GetByTestId("attachment-link");
        await Expect(link).ToHaveTextAsync("別紙1_利用手順.pdf");
        // The app's links are relative to <base href="/">.
        var download = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), "/" + await link.GetAttributeAsync("href")).ToString());
        Assert.Equal(200, download.Status);
        Assert.Equal(SampleFiles.Pdf, await download.BodyAsync());

        // A program renamed to .pdf: refused by its content, the reason beside the control.
        await picker.SetInputFilesAsync(new FilePayload { Name = "手順書.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Program });
        await Expect(page.GetByTestId("attachment-error")).ToBeVisibleAsync();
        await Expect(link).ToHaveCountAsync(1);
        await ScreenshotAsync(page, "48-attachments", page.GetByTestId("attachments"));
        await AssertNoSeriousViolationsAsync(page, "request-form-attachments");
    }
}
