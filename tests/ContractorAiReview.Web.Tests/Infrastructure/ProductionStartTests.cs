using ContractorAiReview.Web.Account;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>Outside Development: no demo data, and the first administrator comes from configuration.</summary>
public sealed class ProductionStartTests(ProductionStartTests.ProductionFactory app) : IClassFixture<ProductionStartTests.ProductionFactory>
{
    public sealed class ProductionFactory : AppFactory
    {
        protected override string Environment => "Production";

        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Bootstrap:AdminEmail", "first.admin@city.example.jp");
            builder.UseSetting("Bootstrap:AdminPassword", "Start#Admin2026");
            builder.UseSetting("Documents:PublicBaseUrl", PublicBaseUrl);
        }
    }

    public const string PublicBaseUrl = "https://ai-review.city.example.jp";

    /// <summary>Production as an operator would first try it: nothing but the administrator configured.</summary>
    public sealed class UnconfiguredProductionFactory(string? publicBaseUrl) : AppFactory
    {
        protected override string Environment => "Production";

        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Bootstrap:AdminEmail", "first.admin@city.example.jp");
            builder.UseSetting("Bootstrap:AdminPassword", "Start#Admin2026");
            builder.UseSetting("Documents:PublicBaseUrl", publicBaseUrl);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ai-review.city.example.jp")]
    [InlineData("ftp://ai-review.city.example.jp")]
    public void Start_ProductionWithoutAUsablePublicBaseUrl_StopsWithAClearMessage(string? publicBaseUrl)
    {
        using var factory = new UnconfiguredProductionFactory(publicBaseUrl);

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        var messages = string.Join("\n", Flatten(error).Select(e => e.Message));
        Assert.Contains("Documents:PublicBaseUrl", messages, StringComparison.Ordinal);
        Assert.Contains("QR code", messages, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }

    [Fact]
    public async Task Start_Production_NoDemoDataAndTheConfiguredAdministratorOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        _ = app.Server; // starts the host: migrations, roles, bootstrap
        await using var db = await app.DbAsync();

        Assert.False(await db.Departments.AnyAsync(ct));
        Assert.False(await db.Contracts.AnyAsync(ct));
        Assert.False(await db.Requests.AnyAsync(ct));
        Assert.True(await db.CatalogueRevisions.AnyAsync(ct));

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = Assert.Single(await users.Users.ToListAsync(ct));
        Assert.Equal("first.admin@city.example.jp", admin.Email);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Administrator));
        Assert.Null(await users.FindByEmailAsync("contractor@naniwa.example.jp"));
    }
}
