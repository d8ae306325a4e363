using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;
using static ContractorAiReview.BrowserTests.Requests.RequestFormFiller;

namespace ContractorAiReview.BrowserTests.Account;

/// <summary>
/// A page left alone warns before the session ends, goes on when the person says so, and at the end saves the draft
/// and signs out, saying why. The page's clock is moved (Playwright's clock); the server's session ends on its own
/// clock, which the web tests move.
/// </summary>
public sealed class SessionEndTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task PageLeftAlone_WarnsThenSavesTheDraftAndSignsOut()
    {
        var page = await SignInAsync(Demo.MioContractor);
        var start = DateTime.UtcNow;
        await page.Clock.InstallAsync(new() { TimeDate = start });
        await GotoAsync(page, "requests/new");
        var warning = page.Locator("#session-warning");
        var idle = TimeSpan.FromSeconds(int.Parse(await warning.GetAttributeAsync("data-idle-seconds") ?? "", System.Globalization.CultureInfo.InvariantCulture));
        var warningTime = TimeSpan.FromSeconds(int.Parse(await warning.GetAttributeAsync("data-warning-seconds") ?? "", System.Globalization.CultureInfo.InvariantCulture));
        await ChooseContractAsync(page, "観光プロモーション動画制作業務委託");
        await Field(page, "利用業務").FillAsync("一度目の入力");
        await page.GetByRole(AriaRole.Button, new() { Name = "下書き保存" }).ClickAsync();
        // The page moves to the draft's own address in place (no page load).
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/requests/[0-9]+/edit$"));
        var draft = new Uri(page.Url).AbsolutePath.TrimStart('/');

        // Within the warning time: the warning, and the person keeps working.
        await page.Clock.SetSystemTimeAsync(start + idle - warningTime + TimeSpan.FromSeconds(30));
        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning).ToContainTextAsync("操作がないため");
        await ScreenshotAsync(page, "98-session-warning");
        await AssertNoSeriousViolationsAsync(page, "session-warning");
        await page.Locator("#session-continue").ClickAsync();
        await Expect(warning).ToBeHiddenAsync();

        // Then left alone past the end: what was typed last is saved and the person is signed out.
        var answer = $"サインアウト前の入力 {Guid.NewGuid():N}";
        await Field(page, "利用業務").FillAsync(answer);
        await page.Clock.SetSystemTimeAsync(start + idle - warningTime + TimeSpan.FromSeconds(30) + idle);
        await page.WaitForURLAsync(url => url.Contains("/account/login?ended=idle", StringComparison.Ordinal));
        await Expect(page.GetByTestId("session-ended")).ToContainTextAsync("下書きとして保存");
        await ScreenshotAsync(page, "99-signed-out-idle");

        var again = await SignInAsync(Demo.MioContractor);
        await GotoAsync(again, draft);
        await Expect(Field(again, "利用業務")).ToHaveValueAsync(answer);
    }
}
