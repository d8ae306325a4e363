using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;

namespace ContractorAiReview.BrowserTests.Accessibility;

/// <summary>The checks themselves catch what they claim to, so a clean page result means something.</summary>
public sealed class AccessibilityCheckTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AssertNoSeriousViolations_UnlabelledInputAndImage_Fails()
    {
        var page = await NewPageAsync();
        await page.SetContentAsync("""<html lang="ja"><head><title>t</title></head><body><main><h1>t</h1><img src="x.png"><input type="text"></main></body></html>""");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => AssertNoSeriousViolationsAsync(page, "self-check"));

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFocusIndicator_OutlineRemoved_ReportsIt()
    {
        var page = await NewPageAsync();
        await page.SetContentAsync("""<html lang="ja"><head><style>:focus-visible { outline: 3px solid #b35c00; }</style></head><body><button style="outline:none !important">a</button><button>b</button></body></html>""");

        await page.Keyboard.PressAsync("Tab");
        Assert.NotNull(await Keyboard.MissingFocusIndicatorAsync(page));
        await page.Keyboard.PressAsync("Tab");
        Assert.Null(await Keyboard.MissingFocusIndicatorAsync(page));
    }
}
