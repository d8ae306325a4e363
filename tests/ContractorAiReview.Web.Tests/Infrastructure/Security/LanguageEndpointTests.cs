using System.Net;

namespace ContractorAiReview.Web.Tests.Infrastructure.Security;

public sealed class LanguageEndpointTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("//evil.example.com/")]
    [InlineData("/\\evil.example.com/")]
    [InlineData("https://evil.example.com/")]
    [InlineData("")]
    public async Task Switch_ReturnUrlOffSite_RedirectsHomeInstead(string returnUrl)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.SignedInClientAsync(Demo.MioContractor, Demo.MioPassword);

        var response = await LanguageSwitch.PostAsync(client, "ja", returnUrl, ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Switch_ReturnUrlOnSite_ReturnsThere()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.SignedInClientAsync(Demo.MioContractor, Demo.MioPassword);

        var response = await LanguageSwitch.PostAsync(client, "ja", "/requests?status=Returned", ct);

        Assert.Equal("/requests?status=Returned", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ja-JP\r\nSet-Cookie: x=y")]
    public async Task Switch_UnknownLanguage_Refused(string culture)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.SignedInClientAsync(Demo.MioContractor, Demo.MioPassword);

        var response = await LanguageSwitch.PostAsync(client, culture, "/", ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
