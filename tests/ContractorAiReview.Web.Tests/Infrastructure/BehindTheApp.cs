using System.Data.Common;
using ContractorAiReview.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>
/// SQL run on the app's database over a connection of its own, outside the app, as someone with access to the
/// database could. Quoted identifiers, so the same statement runs on SQLite and PostgreSQL.
/// </summary>
public static class BehindTheApp
{
    public static async Task ExecuteAsync(AppFactory app, string sql, CancellationToken ct)
    {
        await using var db = await app.DbAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The statement with the table's append-only triggers off, as the database's owner could.</summary>
    public static string WithoutTriggers(string table, string message, string sql) => TestDatabase.IsPostgreSql
        ? $"""
           ALTER TABLE "{table}" DISABLE TRIGGER USER;
           {sql};
           ALTER TABLE "{table}" ENABLE TRIGGER USER;
           """
        : $"""
           DROP TRIGGER {table}_NoUpdate;
           DROP TRIGGER {table}_NoDelete;
           {sql};
           CREATE TRIGGER {table}_NoUpdate BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{message}'); END;
           CREATE TRIGGER {table}_NoDelete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{message}'); END;
           """;

    /// <summary>What the database raises when a trigger refuses a statement (SqliteException or PostgresException).</summary>
    public static async Task<DbException> RefusedAsync(AppFactory app, string sql, CancellationToken ct) =>
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(app, sql, ct));
}
