using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using ContractorAiReview.Tests.Shared;
using Microsoft.Data.Sqlite;
using MimeKit;

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

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "car-crash-" + Guid.NewGuid().ToString("N"));
    private Process? _smtp;
    private int _smtpPort;

    private string DataFolder => Path.Combine(_folder, "data");
    private string MailFolder => Path.Combine(_folder, "smtp");

    [Fact]
    public async Task KilledBeforeTheServerHadIt_AfterRestart_DeliveredOnce()
    {
        await StallAsync("stall-before-data", Demo.ShiminOfficer.Email);
        await using (var app = await StartAppAsync())
        {
            await RequestPasswordResetAsync(app, Demo.ShiminOfficer.Email);
            await WaitUntilAsync(() => File.Exists(Path.Combine(MailFolder, "stalled")), "the app to reach the SMTP server");
            await app.KillAsync();
        }

        Assert.Empty(await ArrivedAsync());
        var committed = Assert.Single(await OutboxAsync());
        Assert.Null(committed.DeliveredAtUtc);

        ClearStalls();
        await using (await StartAppAsync())
        {
            await WaitUntilAsync(async () => (await OutboxAsync()).Single().DeliveredAtUtc is not null, "delivery after the restart");
        }

        var arrived = Assert.Single(await ArrivedAsync());
        Assert.Equal(committed.MessageId, arrived.MessageId);
        Assert.Equal(Demo.ShiminOfficer.Email, arrived.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task KilledAfterTheServerHadIt_AfterRestart_SentAgainUnderTheSameMessageId()
    {
        await StallAsync("stall-after-data", Demo.KankoOfficer.Email);
        await using (var app = await StartAppAsync())
        {
            await RequestPasswordResetAsync(app, Demo.KankoOfficer.Email);
            await WaitUntilAsync(() => File.Exists(Path.Combine(MailFolder, "stalled")), "the server to receive the message");
            await app.KillAsync();
        }

        var first = Assert.Single(await ArrivedAsync());
        Assert.Null(Assert.Single(await OutboxAsync()).DeliveredAtUtc);

        ClearStalls();
        await using (await StartAppAsync())
        {
            await WaitUntilAsync(async () => (await OutboxAsync()).Single().DeliveredAtUtc is not null, "delivery after the restart");
        }

        var arrived = await ArrivedAsync();
        Assert.Equal(2, arrived.Count);
        Assert.All(arrived, m => Assert.Equal(first.MessageId, m.MessageId));
        Assert.Single(arrived.DistinctBy(m => m.MessageId));
        Assert.Equal(first.Subject, arrived[1].Subject);
    }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(MailFolder);
        await LoopbackServers.RequireAiosmtpdAsync(Ct);
        _smtpPort = LoopbackServers.FreePort();
        var script = Path.Combine(AppContext.BaseDirectory, "Notifications", "stalling_smtp.py");
        _smtp = Process.Start(new ProcessStartInfo(LoopbackServers.Python, [script, _smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), MailFolder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await LoopbackServers.WaitUntilListeningAsync(_smtpPort, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_smtp is { HasExited: false })
        {
            _smtp.Kill(entireProcessTree: true);
            await _smtp.WaitForExitAsync();
        }

        _smtp?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>The app on this test's database, sending through this test's SMTP server, trying again within seconds.</summary>
    private Task<AppProcess> StartAppAsync() => AppProcess.StartAsync(new AppProcessOptions
    {
        DataFolder = DataFolder,
        Environment = new Dictionary<string, string>
        {
            ["Mail__Delivery"] = "Smtp",
            ["Mail__Smtp__Host"] = "127.0.0.1",
            ["Mail__Smtp__Port"] = _smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail__Smtp__Security"] = "None",
            ["Mail__PollInterval"] = "00:00:01",
            // A crashed sender's hold ends soon after the restart, not in minutes.
            ["Mail__ClaimHold"] = "00:00:03",
        },
    }, Ct);

    private async Task StallAsync(string how, string address) => await File.WriteAllTextAsync(Path.Combine(MailFolder, how), address, Ct);

    private void ClearStalls()
    {
        foreach (var name in new[] { "stall-before-data", "stall-after-data", "stalled" })
        {
            File.Delete(Path.Combine(MailFolder, name));
        }
    }

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
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataFolder, "contractor-ai-review.db")};Mode=ReadOnly;Pooling=False");
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

    /// <summary>What the SMTP server received, in order.</summary>
    private async Task<List<MimeMessage>> ArrivedAsync()
    {
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(Path.Combine(MailFolder, "mail"), "*.eml").Order(StringComparer.Ordinal))
        {
            messages.Add(await MimeMessage.LoadAsync(file, Ct));
        }

        return messages;
    }

    private static Task WaitUntilAsync(Func<bool> condition, string what) => Polling.UntilAsync(condition, what, TimeSpan.FromMinutes(1), Ct);

    private static Task WaitUntilAsync(Func<Task<bool>> condition, string what) => Polling.UntilAsync(condition, what, TimeSpan.FromMinutes(1), Ct);

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex(@"(?<name>[\w.:-]+)=""(?<value>[^""]*)""")]
    private static partial Regex Attribute();
}
