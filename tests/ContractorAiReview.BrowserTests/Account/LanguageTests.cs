using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;

namespace ContractorAiReview.BrowserTests.Account;

public sealed partial class LanguageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task LanguageButton_EnglishThenJapanese_SwitchesLabelsAndDateStyleAndIsRemembered()
    {
        // Only this test signs in as this person: the choice is stored on their account.
        var page = await SignInAsync(Demo.BunkaManager);
        await GotoAsync(page, "requests");
        await Expect(page.Locator("h1")).ToHaveTextAsync("確認依頼書一覧");
        await Expect(page.Locator("table time").First).ToHaveTextAsync(JapaneseEraDate());

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(RequestsPage(), new() { Timeout = 10_000 });
        await WaitForInteractiveAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("My requests");
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Number" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "New request" })).ToBeVisibleAsync();
        await Expect(page.Locator("table time").First).ToHaveTextAsync(GregorianDate());
        await Expect(page.Locator("table")).Not.ToContainTextAsync("令和");
        await ScreenshotAsync(page, "60-request-list-english");

        // Remembered on the account: a new sign-in elsewhere comes up in English.
        var again = await SignInAsync(Demo.BunkaManager);
        await Expect(again.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(again.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "日本語" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(RequestsPage(), new() { Timeout = 10_000 });
        await WaitForInteractiveAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.Locator("h1")).ToHaveTextAsync("確認依頼書一覧");
        await Expect(page.Locator("table time").First).ToHaveTextAsync(JapaneseEraDate());
    }

    [GeneratedRegex("/requests$")]
    private static partial Regex RequestsPage();

    [GeneratedRegex(@"^令和\d+年\d+月\d+日")]
    private static partial Regex JapaneseEraDate();

    [GeneratedRegex(@"^20\d\d-\d\d-\d\d \d\d:\d\d JST$")]
    private static partial Regex GregorianDate();
}
