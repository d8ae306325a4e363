using System.Globalization;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Journal;

/// <summary>
/// <c>dotnet run --project src/ContractorAiReview.Web -- --verify-journal</c>: verifies the journal of the configured
/// database without starting the web server or changing anything, prints the result, and exits 0 when the journal is
/// intact, 1 when an entry is not as written (each named), 2 when the database cannot be read.
/// </summary>
public static class JournalCommandLine
{
    public const string Switch = "--verify-journal";

    public static bool IsRequested(string[] args) => args.Contains(Switch, StringComparer.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct = default)
    {
        if (await UnreadableBecauseAsync(services, ct) is { } reason)
        {
            await output.WriteLineAsync($"The journal could not be read: {reason}");
            return 2;
        }

        JournalReport report;
        try
        {
            var progress = new Progress<(long Checked, long Total)>(p =>
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  checked {p.Checked:N0} of {p.Total:N0}")));
            report = await services.GetRequiredService<JournalQueries>().VerifyAsync(progress, ct);
        }
        catch (SqliteException e)
        {
            await output.WriteLineAsync($"The journal could not be read: {e.Message}");
            return 2;
        }

        if (report.Intact)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Journal intact: {report.Checked:N0} entries verified."));
            if (report.Head is { } head)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Head: #{head.Sequence} {head.Hash}"));
            }

            return 0;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Journal NOT intact: {report.Problems.Count:N0} problem(s) in {report.Checked:N0} entries."));
        foreach (var problem in report.Problems)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  #{problem.Sequence} {problem.Kind} {problem.Source}: {problem.Problem}"));
        }

        return 1;
    }

    /// <summary>Why the database cannot be verified as it is (missing, or not migrated to this version), without creating or changing it.</summary>
    private static async Task<string?> UnreadableBecauseAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        if (db.Database.GetDbConnection() is SqliteConnection sqlite
            && new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource is { Length: > 0 } file && !File.Exists(file))
        {
            return $"there is no database at {file}.";
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        return pending.Count == 0
            ? null
            : $"the database lacks {pending.Count} migration(s) of this version ({pending[^1]}); start the app once to apply them.";
    }
}
