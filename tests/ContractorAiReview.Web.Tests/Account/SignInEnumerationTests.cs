using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ContractorAiReview.Web.Admin;
using ContractorAiReview.Web.Tests.Admin;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace ContractorAiReview.Web.Tests.Account;

/// <summary>
/// The sign-in answer does not tell whether an account exists: the same words and about the same time for an unknown
/// e-mail, a wrong password, a locked and a disabled account.
/// </summary>
public sealed partial class SignInEnumerationTests(SignInEnumerationTests.UnlimitedFactory app) : IClassFixture<SignInEnumerationTests.UnlimitedFactory>
{
    /// <summary>Rate limits out of the way: this measures the sign-in itself.</summary>
    public sealed class UnlimitedFactory : AppFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("RateLimits:SignInPermits", "100000");
            builder.UseSetting("RateLimits:AccountSignInPermits", "100000");
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FailedSignIn_UnknownWrongLockedOrDisabled_SameMessage()
    {
        var locked = await AdminScenario.NewOfficerAsync(app, "locked.out@city.example.jp", Ct);
        for (var i = 0; i < 6; i++)
        {
            await TryAsync(locked.Email, "wrong password " + i);
        }

        var disabled = await AdminScenario.NewOfficerAsync(app, "disabled.person@city.example.jp", Ct);
        await app.Get<UserCommands>().SetDisabledAsync(await app.UserAsync(Demo.Administrator), disabled.UserId, true, ct: Ct);

        var messages = new[]
        {
            await MessageAsync("nobody.here@city.example.jp", "any password at all"),
            await MessageAsync(Demo.MioContractor, "not mio's password"),
            await MessageAsync(locked.Email, locked.Password), // the right password, while locked
            await MessageAsync(disabled.Email, disabled.Password), // the right password, while disabled
        };

        Assert.Single(messages.Distinct());
        Assert.Contains("サインインできませんでした", messages[0], StringComparison.Ordinal);
    }

    /// <summary>
    /// An unknown e-mail costs the same password-hash work as a real account's wrong password (before the change it
    /// answered in 2-4 ms against about 60 ms). Medians of interleaved tries, so a slow moment hits both alike.
    /// </summary>
    [Fact]
    public async Task FailedSignIn_UnknownAndKnownAccount_TakeAboutTheSameTime()
    {
        var known = await AdminScenario.NewOfficerAsync(app, "timed.person@city.example.jp", Ct);
        const int tries = 15;
        var unknownTimes = new List<double>();
        var knownTimes = new List<double>();
        await TryAsync("warm.up@city.example.jp", "warm up the hasher");
        for (var i = 0; i < tries; i++)
        {
            unknownTimes.Add(await TimeAsync($"nobody{i}@city.example.jp", "some password " + i));
            knownTimes.Add(await TimeAsync(known.Email, "some password " + i));
        }

        var unknown = Median(unknownTimes);
        var real = Median(knownTimes);
        Assert.InRange(unknown / real, 0.5, 2.0);
    }

    private async Task<double> TimeAsync(string email, string password)
    {
        var watch = Stopwatch.StartNew();
        await TryAsync(email, password);
        return watch.Elapsed.TotalMilliseconds;
    }

    private async Task<HttpResponseMessage> TryAsync(string email, string password)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        var response = await AppFactory.PostFormAsync(request => client.SendAsync(request, Ct), "/account/login", new()
        {
            ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private async Task<string> MessageAsync(string email, string password)
    {
        var html = WebUtility.HtmlDecode(await (await TryAsync(email, password)).Content.ReadAsStringAsync(Ct));
        return ErrorBox().Match(html).Groups[1].Value;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [GeneratedRegex("class=\"login-error\"[^>]*>([^<]+)<")]
    private static partial Regex ErrorBox();
}
