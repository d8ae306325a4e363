using System.Net;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Infrastructure;

public sealed class HealthTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Probe_RunningAndMigrated_HealthyWithoutSigningIn(string path)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient();

        var response = await client.GetAsync(path, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Ready_MigrationMissing_UnhealthyWhileLiveStaysUp()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient();
        await using var db = await app.DbAsync();
        var last = (await db.Database.GetAppliedMigrationsAsync(ct)).Last();
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}", ct);
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready", ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", ct)).StatusCode);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({last}, {"10.0.5"})", ct);
        }
    }
}
