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
