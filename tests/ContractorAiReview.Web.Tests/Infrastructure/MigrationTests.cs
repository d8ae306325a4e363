using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>
/// A database made by the first release keeps its departments, named, in use and with the usual standard processing
/// period, when it is migrated; each gets its first approval route, the one step its officers held before routes.
/// </summary>
public sealed class MigrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"car-migration-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Migrate_FromTheFirstRelease_DepartmentsNamedAndActive()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={_file}").Options;
        await using (var db = new AppDbContext(options))
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().First(), cancellationToken: ct);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Departments\" (\"Bureau\", \"Section\", \"Phone\") VALUES ('市民局', '区政課', '06-6208-0000')", ct);

            await db.Database.MigrateAsync(ct);
        }

        await using var migrated = new AppDbContext(options);
        var department = await migrated.Departments.SingleAsync(ct);
        Assert.Equal(("市民局区政課", true, 10), (department.Name, department.IsActive, department.StandardProcessingDays));
        var route = await migrated.ApprovalRoutes.SingleAsync(ct);
        Assert.Equal((department.Id, 1), (route.DepartmentId, route.Version));
        Assert.Equal([new Domain.Routing.RouteStep("担当", Domain.Routing.StepHolder.DepartmentOfficer, 10)], route.Steps);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
