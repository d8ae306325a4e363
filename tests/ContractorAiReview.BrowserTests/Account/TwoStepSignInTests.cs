using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;

namespace ContractorAiReview.BrowserTests.Account;

/// <summary>
/// A new staff member's first sign-in: the temporary password replaced, then an authenticator app set up from the
/// page's key, recovery codes kept; from then on every sign-in asks for the app's code.
/// </summary>
public sealed class TwoStepSignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Email = "keiyaku.new@city.example.jp";
    private const string Password = "Keiyaku#2026own";

    [Fact]
    public async Task NewStaff_FirstSignIn_SetsUpTheAppThenSignsInWithCodes()
    {
        var admin = await SignInAsync(Demo.Administrator);
        await GotoAsync(admin, "admin/users");
        await admin.GetByTestId("staff-new").ClickAsync();
        await admin.GetByTestId("staff-name").FillAsync("新井 契約");
        await admin.GetByTestId("staff-email").FillAsync(Email);
        await admin.GetByTestId("staff-role").ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "契約担当" }).ClickAsync();
        await admin.GetByTestId("staff-save").ClickAsync();
        var temporary = await admin.GetByTestId("handover-secret").InputValueAsync();

        var page = await PasswordStepAsync(Email, temporary);
        await page.WaitForURLAsync(url => url.EndsWith("/account/password", StringComparison.Ordinal));
        await page.Locator("#current-password").FillAsync(temporary);
        await page.Locator("#new-password").FillAsync(Password);
        await page.Locator("#confirm-password").FillAsync(Password);
        await page.GetByTestId("password-submit").ClickAsync();

        // Straight on to the app: city staff cannot go further without it.
        await page.WaitForURLAsync(url => url.EndsWith("/account/authenticator", StringComparison.Ordinal));
        await Expect(page.Locator("img.authenticator-qr")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "95-authenticator-setup");
        await AssertNoSeriousViolationsAsync(page, "authenticator-setup");
        var key = await page.GetByTestId("authenticator-key").InnerTextAsync();
        await page.Locator("#code").FillAsync(Demo.CodeNow(key));
        await page.GetByTestId("authenticator-submit").ClickAsync();

        var codes = page.GetByTestId("recovery-codes").Locator("li");
        await Expect(codes.First).ToBeVisibleAsync();
        Assert.Equal(await codes.CountAsync(), (await codes.AllInnerTextsAsync()).Distinct().Count());
        await ScreenshotAsync(page, "96-recovery-codes");
        await AssertNoSeriousViolationsAsync(page, "recovery-codes");
        await page.GetByTestId("authenticator-continue").ClickAsync();
        await WaitForInteractiveAsync(page);
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("新井 契約");

        // Another browser: the password, then the code.
        var later = await PasswordStepAsync(Email, Password);
        await later.WaitForURLAsync(url => url.Contains("/account/login/code", StringComparison.Ordinal));
        await ScreenshotAsync(later, "97-sign-in-code");
        await AssertNoSeriousViolationsAsync(later, "sign-in-code");
        await later.Locator("#code").FillAsync(Demo.CodeNow(key));
        await later.GetByTestId("code-submit").ClickAsync();
        await WaitForInteractiveAsync(later);
        await Expect(later.GetByTestId("signed-in-user")).ToHaveTextAsync("新井 契約");
    }
}
