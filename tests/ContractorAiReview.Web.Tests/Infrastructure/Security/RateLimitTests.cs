using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace ContractorAiReview.Web.Tests.Infrastructure.Security;

/// <summary>Sign-in posts and the public verification page are limited per client address, and recover after the window.</summary>
public sealed class RateLimitTests(RateLimitTests.TightLimitsFactory app) : IClassFixture<RateLimitTests.TightLimitsFactory>
{
    public const int Permits = 3;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    public sealed class TightLimitsFactory : AppFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("RateLimits:SignInPermits", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:VerifyPermits", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:Window", Window.ToString());
        }
    }

    [Fact]
    public async Task Verify_OverTheLimit_RefusedThenRecovers()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient();
        await WaitForNewWindowAsync(client, "/verify/ABCDE-23456", ct);

        for (var i = 0; i < Permits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/verify/ABCDE-23456", ct)).StatusCode);
        }

        var refused = await client.GetAsync("/verify/ABCDE-23456", ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("しばらく待ってから", await refused.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        await Task.Delay(Window + TimeSpan.FromMilliseconds(300), ct);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/verify/ABCDE-23456", ct)).StatusCode);
    }

    [Fact]
    public async Task SignIn_PostsOverTheLimit_RefusedWhileThePageStillLoads()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/account/login", ct);
        var token = AppFactory.AntiforgeryTokenOf(page);
        var form = new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = token, ["Input.Email"] = "nobody@example.jp", ["Input.Password"] = "wrong password",
        };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Permits; i++)
        {
            statuses.Add((await client.PostAsync("/account/login", new FormUrlEncodedContent(form), ct)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..Permits]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[Permits]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login", ct)).StatusCode);
    }

    /// <summary>Fixed windows start when the first permit is taken; begin with a fresh one so the count is exact.</summary>
    private static async Task WaitForNewWindowAsync(HttpClient client, string path, CancellationToken ct)
    {
        while ((await client.GetAsync(path, ct)).StatusCode != HttpStatusCode.TooManyRequests)
        {
        }

        await Task.Delay(Window + TimeSpan.FromMilliseconds(300), ct);
    }
}

/// <summary>
/// Sign-in attempts are limited per account too, from any address, whether or not the account exists, so the limit
/// tells nothing about who has one.
/// </summary>
public sealed class AccountRateLimitTests(AccountRateLimitTests.AccountLimitFactory app) : IClassFixture<AccountRateLimitTests.AccountLimitFactory>
{
    public sealed class AccountLimitFactory : AppFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("RateLimits:AccountSignInPermits", RateLimitTests.Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:AccountWindow", RateLimitTests.Window.ToString());
        }
    }

    [Theory]
    [InlineData(Demo.MioContractor)]
    [InlineData("nobody@miotsukushi.example.jp")]
    public async Task SignIn_OneAccountOverItsLimit_RefusedWhileOthersGoOnThenRecovers(string email)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitTests.Permits; i++)
        {
            statuses.Add((await TryAsync(client, email, ct)).StatusCode);
        }

        Assert.All(statuses[..RateLimitTests.Permits], s => Assert.Equal(HttpStatusCode.OK, s));
        var refused = await TryAsync(client, email, ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("しばらく待ってから", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
        // Another account from the same address is not held up.
        Assert.Equal(HttpStatusCode.OK, (await TryAsync(client, "someone.else@" + email.Split('@')[1], ct)).StatusCode);

        await Task.Delay(RateLimitTests.Window + TimeSpan.FromMilliseconds(300), ct);
        Assert.Equal(HttpStatusCode.OK, (await TryAsync(client, email, ct)).StatusCode);
    }

    /// <summary>A sign-in with a wrong password: the form comes back with the one failure message.</summary>
    private static Task<HttpResponseMessage> TryAsync(HttpClient client, string email, CancellationToken ct) =>
        AppFactory.PostFormAsync(request => client.SendAsync(request, ct), "/account/login", new()
        {
            ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = "not the password at all",
        });
}
