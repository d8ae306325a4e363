using System.Text.RegularExpressions;

namespace ContractorAiReview.BrowserTests.Infrastructure;

/// <summary>
/// A test that drives Chromium against the running app. Each test gets fresh browser contexts (own cookies), closed
/// at the end; a failing test leaves a screenshot of every page it had open under test-results/failures.
/// </summary>
public abstract partial class BrowserTest(BrowserFixture fixture) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _policyViolations = new();

    protected BrowserFixture Fixture => fixture;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// A page in a new context (its own cookies), in Japanese time and locale like the city's staff, on the run's app
    /// or on <paramref name="site"/>.
    /// </summary>
    protected async Task<IPage> NewPageAsync(Uri? site = null)
    {
        fixture.RequireBrowser();
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (site ?? fixture.App.BaseAddress).ToString(),
            Locale = "ja-JP",
            TimezoneId = "Asia/Tokyo",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // Generous: on a 2-core CI machine the browser suite runs beside the other test projects, and a page's first
        // load after the app started has taken over 15 s there. A timeout only bounds a wait; nothing asserts speed.
        context.SetDefaultTimeout(30_000);
        // The app must work under its Content-Security-Policy: anything the browser refuses fails the test.
        context.Page += (_, page) => page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _policyViolations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Signs in through the real sign-in form (city staff: and the code step, with the code their authenticator app
    /// would show) and waits for the home page to become interactive.
    /// </summary>
    protected async Task<IPage> SignInAsync(DemoUser user, Uri? site = null)
    {
        var page = await PasswordStepAsync(user.Email, user.Password, site);
        if (user.AuthenticatorKey is { } key)
        {
            await page.WaitForURLAsync(url => url.Contains("/account/login/code", StringComparison.Ordinal), LeftSignIn);
            await page.Locator("#code").FillAsync(Demo.CodeNow(key));
            await page.GetByTestId("code-submit").ClickAsync();
        }

        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), LeftSignIn);
        await WaitForInteractiveAsync(page);
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(user.DisplayName);
        return page;
    }

    // The address is enough: what the page must show is waited for next (not its load event and every stylesheet).
    private static readonly PageWaitForURLOptions LeftSignIn = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>A new browser's sign-in page with the e-mail and password sent; what comes next is the caller's.</summary>
    protected async Task<IPage> PasswordStepAsync(string email, string password, Uri? site = null)
    {
        var page = await NewPageAsync(site);
        await page.GotoAsync("account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        return page;
    }

    /// <summary>Opens an app page and waits until the Blazor circuit has taken over the prerendered HTML.</summary>
    protected static async Task GotoAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
    }

    /// <summary>The layout marks its main element once it renders interactively (before that, clicks do nothing).</summary>
    protected static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("main[data-interactive=true]").WaitForAsync();

    /// <summary>A picture of the element's surroundings as they stand (focus included), for reviewers.</summary>
    protected static async Task ScreenshotAsync(IPage page, string name, ILocator around)
    {
        Directory.CreateDirectory(TestPaths.ScreenshotFolder);
        await around.ScrollIntoViewIfNeededAsync();
        var box = await around.BoundingBoxAsync() ?? throw new InvalidOperationException($"{around} is not on screen.");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(TestPaths.ScreenshotFolder, name + ".png"),
            Clip = new Clip { X = 0, Y = Math.Max(0, box.Y - 150), Width = 1280, Height = 300 },
        });
    }

    /// <summary>A full-page screenshot for reviewers, under test-results/screenshots.</summary>
    protected static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(TestPaths.ScreenshotFolder);
        // From the top (the app bar is fixed: a scrolled page would draw it mid-picture), with ripples settled.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Closes the snackbar messages, so that axe judges the page and not a message fading out over it (its colours are
    /// mid-animation).
    /// </summary>
    protected static async Task DismissMessagesAsync(IPage page)
    {
        foreach (var close in await page.Locator(".mud-snackbar").GetByRole(AriaRole.Button).AllAsync())
        {
            await close.ClickAsync();
        }

        await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Picks a department or company in a picker (searched on the server) by its label: types part of the name as a
    /// person would, then chooses the option with the full text.
    /// </summary>
    protected static async Task PickAsync(IPage page, string label, string typed, string option)
    {
        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = label }); // a required one is named "label *"
        await picker.FillAsync(typed);
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(picker).ToHaveValueAsync(option);
    }

    /// <summary>The request number (AI2026-0001) in the detail page's heading.</summary>
    protected static async Task<string> RequestNumberOnPageAsync(IPage page)
    {
        var heading = await page.Locator("h1").InnerTextAsync();
        return RequestNumber().Match(heading) is { Success: true } match
            ? match.Value
            : throw new InvalidOperationException($"No request number in the heading '{heading}'.");
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await SaveFailureScreenshotsAsync();
        }

        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
        if (!_policyViolations.IsEmpty)
        {
            throw new Xunit.Sdk.XunitException("The browser refused content under the Content-Security-Policy:\n" + string.Join("\n", _policyViolations));
        }
    }

    private async Task SaveFailureScreenshotsAsync()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "test-results", "failures");
        Directory.CreateDirectory(folder);
        var test = TestContext.Current.TestMethod?.MethodName ?? "test";
        var n = 0;
        foreach (var page in _contexts.SelectMany(c => c.Pages))
        {
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{test}-{++n}.png"), FullPage = true });
            }
            catch (PlaywrightException)
            {
                // The page may be gone; the failure message says what went wrong.
            }
        }
    }

    [GeneratedRegex(@"AI\d{4}-\d{4}")]
    protected static partial Regex RequestNumber();
}
