using ContractorAiReview.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>The SQLite settings the README's durability decision rests on, read from a connection as the app opens it.</summary>
public sealed class DatabaseDurabilityTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Database_WriteAheadLogWithFullSynchronousCommits()
    {
        Assert.SkipWhen(TestDatabase.IsPostgreSql, "SQLite's settings; PostgreSQL's durability is the server's configuration.");
        await using var db = await app.DbAsync();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();

        command.CommandText = "PRAGMA journal_mode;";
        var journalMode = (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        command.CommandText = "PRAGMA synchronous;";
        var synchronous = (long?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", journalMode);
        Assert.Equal(2, synchronous); // FULL
    }
}
