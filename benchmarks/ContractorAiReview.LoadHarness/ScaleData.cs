using System.Data.Common;
using System.Globalization;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Volume for the query measurements: copies of the requests in the database (and their history rows) written straight
/// to the tables over ADO.NET, on either provider, until there are <c>count</c> requests with <c>history</c> history rows
/// each. Filing 100,000 requests through the handlers renders 100,000 PDFs; the queries only need the rows.
/// </summary>
internal static class ScaleData
{
    public static async Task GrowAsync(IServiceProvider services, int count, int history)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var model = db.Model.GetRelationalModel();
        var requests = model.FindTable("ConfirmationRequests", null)!.Columns.Select(c => c.Name).Where(c => c != "Id").ToList();
        var transitions = model.FindTable("RequestTransitions", null)!.Columns.Select(c => c.Name).Where(c => c is not "Id" and not "RequestId").ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();

        var sources = await RowsAsync(connection, $"SELECT \"Id\", {Quoted(requests)} FROM \"ConfirmationRequests\" ORDER BY \"Id\"");
        var historyOf = (await RowsAsync(connection, $"SELECT \"RequestId\", {Quoted(transitions)} FROM \"RequestTransitions\" ORDER BY \"Id\""))
            .GroupBy(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Select(r => r[1..]).ToList());
        var numberAt = requests.IndexOf("Number");
        // The copies are held and decided by 500 other people of the same departments (ids no one signs in with): one
        // officer holds and decides what the demo gave them, as in a city, not a third of everything.
        var assigneeAt = requests.IndexOf("AssigneeUserId");
        var actorAt = transitions.IndexOf("ActorUserId");
        string Someone(int i) => string.Create(CultureInfo.InvariantCulture, $"scale-person-{i % 500}");
        var existing = sources.Count;

        DbTransaction? transaction = null;
        var insertRequest = Command(connection, "ConfirmationRequests", requests, returning: true);
        var insertTransition = Command(connection, "RequestTransitions", ["RequestId", .. transitions], returning: false);
        for (var i = existing; i < count; i++)
        {
            if ((i - existing) % 5_000 == 0)
            {
                if (transaction is not null)
                {
                    await transaction.CommitAsync();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i:N0} requests"));
                }

                transaction = await connection.BeginTransactionAsync();
                insertRequest.Transaction = transaction;
                insertTransition.Transaction = transaction;
            }

            var source = sources[i % existing];
            var values = source[1..];
            values[numberAt] = string.Create(CultureInfo.InvariantCulture, $"AX{i:D8}");
            if (values[assigneeAt] is not null)
            {
                values[assigneeAt] = Someone(i);
            }

            Set(insertRequest, values);
            var id = Convert.ToInt64(await insertRequest.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            var rows = historyOf.GetValueOrDefault(Convert.ToInt64(source[0], CultureInfo.InvariantCulture)) ?? [];
            for (var h = 0; h < history && rows.Count > 0; h++)
            {
                var transition = rows[h % rows.Count].ToArray();
                if (transition[actorAt] is not null)
                {
                    transition[actorAt] = Someone(i);
                }

                Set(insertTransition, [id, .. transition]);
                await insertTransition.ExecuteNonQueryAsync();
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }

        // Fresh statistics for the planner and (PostgreSQL) a set visibility map, as a maintained database has: autovacuum's
        // work, done now rather than whenever it would come round.
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = db.Database.IsNpgsql() ? "VACUUM ANALYZE" : "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
    }

    private static string Quoted(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    private static DbCommand Command(DbConnection connection, string table, IReadOnlyList<string> columns, bool returning)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({Quoted(columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})"
                              + (returning ? " RETURNING \"Id\"" : "");
        for (var i = 0; i < columns.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Set(DbCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static async Task<List<object?[]>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row.Select(v => v is DBNull ? null : v).ToArray());
        }

        return rows;
    }
}
