using System.Net;
using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using ContractorAiReview.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace ContractorAiReview.BrowserTests.Notifications;

/// <summary>
/// The outbox across a crash: the built app in a child process sends through a real SMTP server (aiosmtpd) that the
/// test makes hang, the app is killed with SIGKILL while it waits, and started again on the same database. What was
/// committed is delivered after the restart; what the server had already received is sent again under the same
/// Message-ID, which is how a mail system (and the test) recognises the same message.
/// </summary>
public sealed partial class OutboxCrashTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "car-crash-" + Guid.NewGuid().ToString("N"));
    private StallingSmtpServer _smtp = null!;

    [Fact]
    public async Task KilledBeforeTheServerHadIt_AfterRestart_DeliveredOnce()
    {
        await _smtp.StallAsync(Stall.BeforeData, Demo.ShiminOfficer.Email, Ct);
        await using (var app = await StartAppAsync())
        {
            await RequestPasswordResetAsync(app, Demo.ShiminOfficer.Email);
            await WaitUntilAsync(() => _smtp.Stalled > 0, "the app to reach the SMTP server");
            await app.KillAsync();
        }

        Assert.Empty(await _smtp.ArrivedAsync(Ct));
        var committed = Assert.Single(await OutboxAsync());
        Assert.Null(committed.DeliveredAtUtc);

        _smtp.Release();
        await using (await StartAppAsync())
        {
            await WaitUntilAsync(async () => (await OutboxAsync()).Single().DeliveredAtUtc is not null, "delivery after the restart");
        }

        var arrived = Assert.Single(await _smtp.ArrivedAsync(Ct));
        Assert.Equal(committed.MessageId, arrived.MessageId);
        Assert.Equal(Demo.ShiminOfficer.Email, arrived.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task KilledAfterTheServerHadIt_AfterRestart_SentAgainUnderTheSameMessageId()
    {
        await _smtp.StallAsync(Stall.AfterData, Demo.KankoOfficer.Email, Ct);
        await using (var app = await StartAppAsync())
        {
            await RequestPasswordResetAsync(app, Demo.KankoOfficer.Email);
            await WaitUntilAsync(() => _smtp.Stalled > 0, "the server to receive the message");
            await app.KillAsync();
        }

        var first = Assert.Single(await _smtp.ArrivedAsync(Ct));
        Assert.Null(Assert.Single(await OutboxAsync()).DeliveredAtUtc);

        _smtp.Release();
        await using (await StartAppAsync())
        {
            await WaitUntilAsync(async () => (await OutboxAsync()).Single().DeliveredAtUtc is not null, "delivery after the restart");
        }

        var arrived = await _smtp.ArrivedAsync(Ct);
        Assert.Equal(2, arrived.Count);
        Assert.All(arrived, m => Assert.Equal(first.MessageId, m.MessageId));
        Assert.Single(arrived.DistinctBy(m => m.MessageId));
        Assert.Equal(first.Subject, arrived[1].Subject);
    }

    public async ValueTask InitializeAsync() => _smtp = await StallingSmtpServer.StartAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>The app on this test's database, sending through this test's SMTP server; a crashed sender's hold ends soon after the restart, not in minutes.</summary>
    private Task<AppProcess> StartAppAsync() => AppProcess.StartAsync(new AppProcessOptions
    {
        DataFolder = _dataFolder,
        Environment = _smtp.AppSettings(claimHold: TimeSpan.FromSeconds(3)),
    }, Ct);

    /// <summary>"Forgot password" through the real form, as a browser posts it.</summary>
    private static async Task RequestPasswordResetAsync(AppProcess app, string email)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseAddress };
        var form = await http.GetStringAsync("account/forgot", Ct);
        var inputs = Input().Matches(form)
            .Select(i => Attribute().Matches(i.Value).ToDictionary(a => a.Groups["name"].Value, a => WebUtility.HtmlDecode(a.Groups["value"].Value)))
            .ToList();
        var fields = inputs.Where(i => i.GetValueOrDefault("type") == "hidden").ToDictionary(i => i["name"], i => i.GetValueOrDefault("value", ""));
        fields[inputs.Single(i => i.GetValueOrDefault("id") == "email")["name"]] = email;
        using var response = await http.PostAsync("account/forgot", new FormUrlEncodedContent(fields), Ct);
        Assert.Contains("forgot-sent", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private sealed record OutboxRow(string MessageId, long? DeliveredAtUtc);

    /// <summary>The outbox as the database file holds it.</summary>
    private async Task<List<OutboxRow>> OutboxAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataFolder, "contractor-ai-review.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MessageId, DeliveredAtUtc FROM OutboxMessages ORDER BY Id";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(new OutboxRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt64(1)));
        }

        return rows;
    }

    private static Task WaitUntilAsync(Func<bool> condition, string what) => Polling.UntilAsync(condition, what, TimeSpan.FromMinutes(1), Ct);

    private static Task WaitUntilAsync(Func<Task<bool>> condition, string what) => Polling.UntilAsync(condition, what, TimeSpan.FromMinutes(1), Ct);

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex(@"(?<name>[\w.:-]+)=""(?<value>[^""]*)""")]
    private static partial Regex Attribute();
}
