using System.Net;
using System.Text.RegularExpressions;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Tests.Account;

/// <summary>
/// A session ends after the idle time without use and at its absolute end however busy, on a clock the test moves:
/// for requests (the cookie) and for open pages (the circuit's periodic check).
/// </summary>
public sealed partial class SessionLifetimeTests(FakeClockFactory app) : IClassFixture<FakeClockFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SessionOptions Options => app.Services.GetRequiredService<IOptions<SessionOptions>>().Value;

    [Fact]
    public async Task Requests_UseKeepsTheSessionGoing_IdleTimeWithoutUseEndsIt()
    {
        using var browser = await app.SignedInClientAsync(Demo.MioContractor, Demo.MioPassword);
        var justUnder = Options.IdleTimeout - TimeSpan.FromMinutes(1);

        // Used again just before the idle time runs out, twice: the session slides along.
        app.Clock.Advance(justUnder);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/requests", Ct)).StatusCode);
        app.Clock.Advance(justUnder);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/requests", Ct)).StatusCode);

        app.Clock.Advance(Options.IdleTimeout + TimeSpan.FromSeconds(1));
        var ended = await browser.GetAsync("/requests", Ct);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/account/login", AppFactory.PathOf(ended.Headers.Location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_BusyAllDay_EndAtTheAbsoluteLifetime()
    {
        using var browser = await app.SignedInClientAsync(Demo.NaniwaContractor, Demo.NaniwaPassword);
        var step = Options.IdleTimeout / 2;
        var used = TimeSpan.Zero;
        while (used + step < Options.AbsoluteLifetime)
        {
            app.Clock.Advance(step);
            used += step;
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/requests", Ct)).StatusCode);
        }

        app.Clock.Advance(Options.AbsoluteLifetime - used);
        var ended = await browser.GetAsync("/requests", Ct);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/account/login", AppFactory.PathOf(ended.Headers.Location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenPage_InputKeepsItGoing_IdleTimeWithoutInputEndsIt_AbsoluteEndEndsItAnyway()
    {
        var page = await app.OpenPageAsync(Demo.MioContractor);
        var justUnder = Options.IdleTimeout - TimeSpan.FromMinutes(1);
        Assert.True(await page.IsStillValidAsync(Ct));

        app.Clock.Advance(justUnder);
        page.Used();
        app.Clock.Advance(justUnder);
        Assert.True(await page.IsStillValidAsync(Ct));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await page.IsStillValidAsync(Ct));

        var busy = await app.OpenPageAsync(Demo.MioContractor);
        for (var elapsed = TimeSpan.Zero; elapsed < Options.AbsoluteLifetime; elapsed += justUnder)
        {
            Assert.True(await busy.IsStillValidAsync(Ct));
            app.Clock.Advance(justUnder);
            busy.Used();
        }

        Assert.False(await busy.IsStillValidAsync(Ct));
    }

    /// <summary>The page carries what its warning needs: the idle time, the warning time, and the absolute end.</summary>
    [Fact]
    public async Task Page_CarriesTheSessionWarningWithItsTimes()
    {
        var signedInAt = app.Clock.GetUtcNow();
        using var browser = await app.SignedInClientAsync(Demo.MioContractor, Demo.MioPassword);

        var html = await browser.GetStringAsync("/requests", Ct);

        var warning = SessionWarning().Match(html);
        Assert.True(warning.Success);
        Assert.Equal(Options.IdleTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), warning.Groups["idle"].Value);
        Assert.Equal(Options.WarningBefore.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), warning.Groups["warning"].Value);
        Assert.Equal((signedInAt + Options.AbsoluteLifetime).ToUnixTimeSeconds(), long.Parse(warning.Groups["end"].Value, System.Globalization.CultureInfo.InvariantCulture) / 1000);
        Assert.Contains("id=\"session-end\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("idle", "操作のない時間が続いたため")]
    [InlineData("expired", "サインインから時間が経ったため")]
    public async Task SignOutByThePage_SignInPageSaysWhy(string reason, string expected)
    {
        using var browser = await app.SignedInClientAsync(Demo.MioContractor, Demo.MioPassword);

        // The page's own sign-out form, which the session script submits at the end.
        var token = AppFactory.AntiforgeryTokenOf(await browser.GetStringAsync("/requests", Ct));
        var signedOut = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["reason"] = reason,
        }), Ct);

        Assert.Equal($"/account/login?ended={reason}", AppFactory.PathOf(signedOut.Headers.Location));
        var login = WebUtility.HtmlDecode(await browser.GetStringAsync($"/account/login?ended={reason}", Ct));
        Assert.Contains(expected, login, StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"session-warning\"[^>]*data-idle-seconds=\"(?<idle>\\d+)\" data-warning-seconds=\"(?<warning>\\d+)\"\\s+data-absolute-end=\"(?<end>\\d+)\"")]
    private static partial Regex SessionWarning();
}
