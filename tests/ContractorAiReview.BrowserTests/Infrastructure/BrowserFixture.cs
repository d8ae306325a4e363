namespace ContractorAiReview.BrowserTests.Infrastructure;

/// <summary>
/// The app and Chromium, started once for the run. Where Chromium is missing the browser tests are skipped with the
/// reason, unless <c>CI=true</c>: there a missing browser fails them, so CI cannot pass without running them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Overrides where Chromium is looked for (default: Debian's /usr/bin/chromium).</summary>
    public const string ChromiumPathVariable = "CHROMIUM_PATH";
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private AppProcess? _app;

    /// <summary>CI sets CI=true: the browser tests must run there.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests cannot run here; null when they can.</summary>
    public string? UnavailableReason { get; private set; }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(UnavailableReason);

    public AppProcess App => _app ?? throw new InvalidOperationException(UnavailableReason);

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } path ? path : DefaultChromiumPath;
        if (!File.Exists(chromium))
        {
            UnavailableReason = $"no Chromium at {chromium} (install Debian's chromium package or set {ChromiumPathVariable})";
            Announce();
            return;
        }

        // The system's Chromium is used: Playwright must never try to fetch its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var app = AppProcess.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        catch (PlaywrightException e)
        {
            UnavailableReason = $"Chromium at {chromium} did not start through Playwright: {e.Message}";
            Announce();
        }

        // The app failing to start is a real failure, not a missing tool: let it throw.
        _app = await app;
    }

    /// <summary>Says once, in the test run's output, why every browser test is about to be skipped or failed.</summary>
    private void Announce() =>
        TestContext.Current.SendDiagnosticMessage(Required
            ? $"BROWSER TESTS CANNOT RUN and CI=true requires them: {UnavailableReason}. They will fail."
            : $"BROWSER TESTS SKIPPED: {UnavailableReason}. Set CI=true to make this a failure.");

    /// <summary>Skips the calling test where there is no browser, or fails it when CI=true.</summary>
    public void RequireBrowser()
    {
        if (UnavailableReason is null)
        {
            return;
        }

        if (Required)
        {
            Assert.Fail($"Browser tests are required (CI=true) but cannot run: {UnavailableReason}.");
        }

        Assert.Skip($"Browser tests skipped: {UnavailableReason}. Set CI=true to make this a failure.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
