using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ContractorAiReview.Web.Tests.Infrastructure.Security;

/// <summary>Errors and bad input answer with a page or a refusal, never a stack trace or an open redirect.</summary>
public sealed class ErrorHandlingTests(ErrorHandlingTests.FailingProductionFactory app) : IClassFixture<ErrorHandlingTests.FailingProductionFactory>
{
    public const string FailingPath = "/test/fail";
    private const string Secret = "connection string with a secret";

    /// <summary>Production, plus one path that throws (behind every endpoint, so inside the app's error handling).</summary>
    public sealed class FailingProductionFactory : AppFactory
    {
        private readonly ProductionFactory _production = new();

        protected override string Environment => "Production";

        protected override void Configure(IWebHostBuilder builder)
        {
            _production.ApplySettings(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new FailingPathFilter()));
        }

        protected override void Dispose(bool disposing)
        {
            _production.Dispose();
            base.Dispose(disposing);
        }
    }

    private sealed class FailingPathFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate _) =>
                context.Request.Path == FailingPath ? throw new InvalidOperationException(Secret) : Task.CompletedTask);
        };
    }

    [Fact]
    public async Task Failure_Production_ErrorPageWithCorrelationIdAndNoDetail()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync(FailingPath, ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("エラーが発生しました", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"correlation-id\">[0-9a-f]{32}<", html);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ContractorAiReview", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Https_Production_HstsForAYear()
    {
        var ct = TestContext.Current.CancellationToken;
        // HSTS is never sent to localhost (ASP.NET Core's excluded hosts): ask as the public host.
        using var client = app.CreateClient(new() { BaseAddress = new Uri(ProductionFactory.PublicBaseUrl) });

        var response = await client.GetAsync("/account/login", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_Production_RedirectedToHttps()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/account/login", ct);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location?.Scheme);
    }
}
