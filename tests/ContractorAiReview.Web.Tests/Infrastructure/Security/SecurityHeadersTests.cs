using System.Net;
using ContractorAiReview.Domain.Issuance;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Infrastructure.Security;

/// <summary>What every answer tells the browser: pages, endpoints, issued documents and static files.</summary>
public sealed class SecurityHeadersTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Page_SignIn_StrictPolicyAndNoCaching()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient();

        var response = await client.GetAsync("/account/login", ct);

        var policy = Header(response, "Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'" })
        {
            Assert.Contains(directive, policy, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", ScriptSources(policy), StringComparison.Ordinal);
        AssertCommonHeaders(response);
        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_IssuedPdf_NotCachedNotSniffed()
    {
        var ct = TestContext.Current.CancellationToken;
        int documentId;
        await using (var db = await app.DbAsync())
        {
            var contractor = await app.UserAsync(Demo.NaniwaContractor);
            documentId = await db.IssuedDocuments.Where(d => d.ContractorId == contractor.ContractorId && d.Validity == DocumentValidity.Current)
                .Select(d => d.Id).FirstAsync(ct);
        }

        using var client = await app.SignedInClientAsync(Demo.NaniwaContractor, Demo.NaniwaPassword);
        var response = await client.GetAsync($"/documents/{documentId}", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        AssertCommonHeaders(response);
        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
        Assert.Equal("frame-ancestors 'self'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Endpoint_LanguageSwitch_HeadersToo()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.SignedInClientAsync(Demo.NaniwaContractor, Demo.NaniwaPassword);

        var response = await LanguageSwitch.PostAsync(client, "ja", "/requests", ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task StaticAsset_Stylesheet_KeepsItsOwnCaching()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient();

        var response = await client.GetAsync("/app.css", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("no-store", Header(response, "Cache-Control"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string ScriptSources(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"No {name} header on {response.RequestMessage?.RequestUri}.");
}

/// <summary>The interactive connection opens only from this site's pages: another site's page is refused by its Origin.</summary>
public sealed class CircuitOriginTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("https://evil.example.com", HttpStatusCode.Forbidden)]
    [InlineData("https://localhost.evil.example.com", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost", HttpStatusCode.Forbidden)] // another scheme is another origin
    [InlineData("https://localhost", HttpStatusCode.OK)]
    public async Task Negotiate_ByOrigin_OnlyThisSite(string origin, HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.SignedInClientAsync(Demo.NaniwaContractor, Demo.NaniwaPassword);
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        negotiate.Headers.Add("Origin", origin);

        var response = await client.SendAsync(negotiate, ct);

        Assert.Equal(expected, response.StatusCode);
    }
}
