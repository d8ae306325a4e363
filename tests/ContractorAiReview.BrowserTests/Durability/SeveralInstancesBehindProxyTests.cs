using System.Net;
using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using ContractorAiReview.BrowserTests.Notifications;
using ContractorAiReview.BrowserTests.Requests;
using ContractorAiReview.Tests.Shared;
using Npgsql;
using Yarp.ReverseProxy.Model;

namespace ContractorAiReview.BrowserTests.Durability;

/// <summary>
/// Two instances of the built app, each a process of its own, on one PostgreSQL database behind a reverse proxy that
/// keeps each browser on one instance (<see cref="StickyProxy"/>); the instance a person's browser is kept on is
/// killed with SIGKILL while both instances are sending e-mail. Everything the person does goes through the proxy.
/// Run by the test command's PostgreSQL pass (CAR_TEST_POSTGRES).
/// </summary>
[Trait("Database", "PostgreSQL")]
public sealed class SeveralInstancesBehindProxyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>
    /// How long a claim on an e-mail keeps the other instances from sending it (3 minutes in production): long enough
    /// to outlast the kill and the SMTP server's release by seconds, so the test sees the dead instance's claim honoured.
    /// </summary>
    private static readonly TimeSpan ClaimHold = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task PersonsInstanceKilledWhileSending_OtherInstanceKeepsThemSignedIn_ShowsTheirFiling_SendsEveryMailOnce()
    {
        Fixture.RequireBrowser();
        RequirePostgreSql();
        await using var smtp = await StallingSmtpServer.StartAsync(Ct);
        // Every e-mail hangs at the SMTP server until the test lets go: whoever sends one holds its claim meanwhile.
        await smtp.StallAsync(Stall.BeforeData, "*", Ct);
        using var database = TestDatabase.Create();
        var proxyPort = LoopbackServers.FreePort();
        var settings = new Dictionary<string, string>(smtp.AppSettings(ClaimHold))
        {
            ["ForwardedHeaders__Enabled"] = "true",
            ["Documents__PublicBaseUrl"] = $"http://127.0.0.1:{proxyPort}",
            // No autosave: on a loaded machine an autosave still under way when "submit" is clicked makes the filing
            // fail as changed meanwhile (the submit carries the draft's version from before that save).
            ["RequestForm__AutosaveInterval"] = "01:00:00",
        };
        foreach (var (key, value) in database.Settings)
        {
            settings[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // One after the other: the first migrates and seeds, the second finds it done.
        await using var one = await AppProcess.StartAsync(new AppProcessOptions { Environment = settings }, Ct);
        await using var two = await AppProcess.StartAsync(new AppProcessOptions { Environment = settings }, Ct);
        var instances = new Dictionary<string, AppProcess> { ["one"] = one, ["two"] = two };
        await using var proxy = await StickyProxy.StartAsync(proxyPort, instances.ToDictionary(i => i.Key, i => i.Value.BaseAddress), Ct);

        // The person signs in once and files again the request the office returned to them (the demo data's); the proxy
        // keeps every request of theirs on one instance.
        var id = await RequestIdAsync(database, RequestFormFiller.CivicGuidesContract);
        var page = await SignInAsync(Demo.NaniwaContractor, proxy.BaseAddress);
        await GotoAsync(page, $"requests/{id}/edit");
        await Expect(page.GetByTestId("return-reason")).ToBeVisibleAsync();
        // The office's pre-check still flags this request, so the form asks the person to explain.
        await page.Locator("#field-ScreeningJustification").FillAsync("利用プランは法人契約であり、利用ログは90日間保存して月次で確認します。");
        await RequestFormFiller.PledgeAsync(page);
        await page.GetByTestId("submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/requests/{id}/receipt$"));
        var number = await page.GetByTestId("receipt-number").InnerTextAsync();
        var pinned = Assert.Single(proxy.ServedBy.Distinct());
        var survivor = instances.Keys.Single(name => name != pinned);

        // Both instances are in the middle of sending an e-mail (each sends one at a time), each holding its claim.
        await Polling.UntilAsync(() => smtp.Stalled == 2, "both instances to be sending an e-mail", Patience, Ct);
        var claimed = (await OutboxAsync(database)).Where(m => m.ClaimedUntil is not null && m.DeliveredAt is null)
            .ToDictionary(m => m.MessageId, m => m.ClaimedUntil!.Value);
        Assert.Equal(2, claimed.Count);

        // The person's instance dies; the SMTP server goes on; the proxy takes the dead instance out.
        await page.CloseAsync();
        await instances[pinned].KillAsync();
        smtp.Release();
        await Polling.UntilAsync(() => proxy.HealthOf(pinned) == DestinationHealth.Unhealthy, "the proxy to take the killed instance out", Patience, Ct);

        // The person's next page comes from the other instance: still signed in (the cookie the dead one issued is
        // accepted), live (its circuit is on the survivor), and showing the request filed again before the kill.
        var servedBeforeKill = proxy.ServedBy.Count;
        var next = await page.Context.NewPageAsync();
        await next.GotoAsync($"requests/{id}");
        Assert.EndsWith($"/requests/{id}", next.Url, StringComparison.Ordinal); // not sent to the sign-in page
        await WaitForInteractiveAsync(next);
        await Expect(next.GetByTestId("signed-in-user")).ToHaveTextAsync(Demo.NaniwaContractor.DisplayName);
        Assert.Equal(number, await RequestNumberOnPageAsync(next));
        await Expect(next.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Submitted");
        Assert.Equal([survivor], proxy.ServedBy.Skip(servedBeforeKill).Distinct());

        // The page does need the sign-in: without the person's cookies the proxy answers with the way to sign in.
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = proxy.BaseAddress };
        using var refused = await anonymous.GetAsync($"requests/{id}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/login", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);

        // Every e-mail arrives, each exactly once.
        await Polling.UntilAsync(async () => (await OutboxAsync(database)).All(m => m.DeliveredAt is not null), "every e-mail to be delivered", Patience, Ct);
        var outbox = await OutboxAsync(database);
        var arrived = await smtp.ArrivedAsync(Ct);
        Assert.Equal(
            outbox.Select(m => (m.MessageId, m.To)).Order(),
            arrived.Select(m => (m.MessageId ?? "", m.To.Mailboxes.Single().Address)).Order());

        // The survivor first finished the e-mail it was sending; the dead instance's it sent only once that claim had
        // lapsed (ClaimHold after it was taken), not while it stood.
        var own = outbox.MinBy(m => m.DeliveredAt)!;
        Assert.True(claimed.ContainsKey(own.MessageId), "The first e-mail delivered should be the one the survivor was sending.");
        var dead = Assert.Single(outbox, m => m != own && claimed.ContainsKey(m.MessageId));
        Assert.True(dead.DeliveredAt >= claimed[dead.MessageId], "The dead instance's e-mail was sent while its claim stood.");
    }

    /// <summary>Skipped without a PostgreSQL server to run on; with CI=true that is a failure, not a skip.</summary>
    private static void RequirePostgreSql()
    {
        const string reason = $"Several instances need PostgreSQL: set {TestDatabase.ServerVariable} (tools/test does).";
        if (TestDatabase.IsPostgreSql)
        {
            return;
        }

        if (BrowserFixture.Required)
        {
            Assert.Fail(reason + " CI=true requires it.");
        }

        Assert.Skip(reason);
    }

    /// <summary>The id of the (one) request on the contract.</summary>
    private static async Task<int> RequestIdAsync(TestDatabase database, string contract)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            """SELECT r."Id" FROM "ConfirmationRequests" r JOIN "Contracts" c ON c."Id" = r."ContractId" WHERE c."Name" = $1""", connection)
        {
            Parameters = { new() { Value = contract } },
        };
        return (int)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>An outbox row; its times in UTC ticks, as the app stores them.</summary>
    private sealed record OutboxRow(string MessageId, string To, long? ClaimedUntil, long? DeliveredAt);

    /// <summary>The outbox as the database holds it.</summary>
    private static async Task<List<OutboxRow>> OutboxAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            """SELECT "MessageId", "ToEmail", "ClaimedUntilUtc", "DeliveredAtUtc" FROM "OutboxMessages" ORDER BY "Id" """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<OutboxRow>();
        long? Ticks(int column) => reader.IsDBNull(column) ? null : reader.GetInt64(column);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(new OutboxRow(reader.GetString(0), reader.GetString(1), Ticks(2), Ticks(3)));
        }

        return rows;
    }
}
