using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContractorAiReview.Web.Infrastructure.Data;

/// <summary>
/// The same model on PostgreSQL, as its own type so that its migrations (Migrations/PostgreSql) are kept apart from
/// SQLite's: EF Core picks a context's migrations by the context's exact type.
/// </summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<AppDbContext> options) : AppDbContext(options)
{
    /// <summary>
    /// Any number for the lock, as long as nothing else in the database uses it. A transaction-scoped advisory lock: it
    /// is released at commit or rollback, also when the instance dies.
    /// </summary>
    public const long JournalLockKey = 0x4A4F55524E414CL; // "JOURNAL"

    protected override async Task LockJournalHeadAsync(CancellationToken ct) =>
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({JournalLockKey})", ct);
}

/// <summary>For <c>dotnet ef migrations add … --context PostgreSqlAppDbContext</c>: the model needs no server.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlAppDbContext>
{
    public PostgreSqlAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}

/// <summary>
/// For <c>dotnet ef migrations add … --context AppDbContext</c> (SQLite). Without a factory of its own, the tools would
/// take the PostgreSQL one for it (its context is an AppDbContext too) and write PostgreSQL migrations.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
