using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;

namespace ContractorAiReview.BrowserTests.Account;

public sealed class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task SignIn_WrongPassword_StaysOnLoginWithAnnouncedError()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("account/login");
        await page.Locator("#email").FillAsync(Demo.NaniwaContractor.Email);
        await page.Locator("#password").FillAsync("not-the-password");
        await page.Locator("button[type=submit]").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("サインインできませんでした。メールアドレスとパスワードを確認してください。");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login$"));
    }

    [Fact]
    public async Task SignOut_SignedInContractor_ReturnsToLoginAndPagesNeedSignInAgain()
    {
        var page = await SignInAsync(Demo.NaniwaContractor);

        await page.GetByRole(AriaRole.Button, new() { Name = "サインアウト" }).ClickAsync();
        // Says where the browser ended up if the sign-out post is refused.
        await Expect(page).ToHaveURLAsync(new Regex("/account/login$"), new() { Timeout = 10_000 });
        await Expect(page.Locator("#email")).ToBeVisibleAsync();

        await page.GotoAsync("requests");
        await page.WaitForURLAsync(new Regex(@"/account/login\?returnUrl=(%2F)?requests$", RegexOptions.IgnoreCase));
        await Expect(page.Locator("#email")).ToBeVisibleAsync();
    }

    /// <summary>On a phone the app bar keeps signing out, and the account's own pages, in reach (the title gives way).</summary>
    [Fact]
    public async Task SignOut_OnAPhone_InReachInTheAppBar()
    {
        var page = await SignInAsync(Demo.MioContractor);
        await page.SetViewportSizeAsync(390, 844);

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "パスワードの変更" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "2段階認証（認証アプリ）" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "07-app-bar-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "サインアウト" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/login$"), new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task RequestPage_OtherCompanysRequestByUrl_ShowsNotFound()
    {
        // The address of one of Naniwa's own requests, as its contractor sees it.
        var naniwa = await SignInAsync(Demo.NaniwaContractor);
        await GotoAsync(naniwa, "requests");
        var link = naniwa.Locator("table a[href^='requests/']").First;
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("No request link.");
        await GotoAsync(naniwa, href);
        await Expect(naniwa.Locator("h1")).ToContainTextAsync(RequestNumber());

        var other = await SignInAsync(Demo.MioContractor);
        await GotoAsync(other, href);
        await Expect(other.GetByTestId("not-found")).ToHaveTextAsync("依頼書が見つからないか、閲覧する権限がありません。");
        await Expect(other.GetByTestId("return-reason")).ToHaveCountAsync(0);

        await GotoAsync(other, href + "/edit");
        await Expect(other.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(other.GetByTestId("submit")).ToHaveCountAsync(0);
        await ScreenshotAsync(other, "request-other-company-not-found");
    }
}
