using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContractorAiReview.BrowserTests.Durability;

/// <summary>
/// SQLite under a crash: the built app files a stream of requests (<c>--generate-demo</c>, through the real handlers),
/// is killed with SIGKILL in the middle, and on the same database every filing it acknowledged is there with its
/// snapshot and its receipt e-mail in the outbox, and the journal still verifies.
/// </summary>
public sealed partial class SqliteDurabilityTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "car-durability-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KilledWhileFiling_EveryAcknowledgedFilingSurvivesWithItsOutboxEntry()
    {
        const int acknowledgedBeforeKill = 25;
        List<string> acknowledged;
        await using (var generator = await AppProcess.StartAsync(new AppProcessOptions
        {
            DataFolder = _dataFolder, Arguments = ["--generate-demo", "100000"], Serves = false,
        }, Ct))
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (Filed().Matches(generator.Output).Count < acknowledgedBeforeKill && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, Ct);
            }

            await generator.KillAsync();
            acknowledged = [.. Filed().Matches(generator.Output).Select(m => m.Groups[1].Value)];
        }

        Assert.True(acknowledged.Count >= acknowledgedBeforeKill, $"Only {acknowledged.Count} filings were acknowledged before the deadline.");
        await using var db = new SqliteConnection($"Data Source={Path.Combine(_dataFolder, "contractor-ai-review.db")}");
        await db.OpenAsync(Ct);
        foreach (var number in acknowledged)
        {
            Assert.Equal(1L, await ScalarAsync(db, "SELECT COUNT(*) FROM RequestSubmissions s JOIN ConfirmationRequests r ON r.Id = s.RequestId WHERE r.Number = $n", number));
            Assert.True(await ScalarAsync(db, "SELECT COUNT(*) FROM OutboxMessages WHERE Subject LIKE '%' || $n || '%'", number) > 0, $"No outbox entry for {number}.");
        }

        // And the chain the crash interrupted still verifies.
        await using var verify = await AppProcess.StartAsync(new AppProcessOptions
        {
            DataFolder = _dataFolder, Arguments = ["--verify-journal"], Serves = false,
        }, Ct);
        var end = DateTime.UtcNow.AddMinutes(2);
        while (!verify.Output.Contains("Journal", StringComparison.Ordinal) && DateTime.UtcNow < end)
        {
            await Task.Delay(100, Ct);
        }

        Assert.Contains("Journal intact", verify.Output, StringComparison.Ordinal);
    }

    private static async Task<long> ScalarAsync(SqliteConnection db, string sql, string number)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$n", number);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }

        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"^filed (AI\d{4}-\d{4})$", RegexOptions.Multiline)]
    private static partial Regex Filed();
}
