using System.Net;
using ContractorAiReview.Domain.Requests;
using System.Text.Json.Nodes;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Tests.Shared;
using ContractorAiReview.Web.Catalogue;
using ContractorAiReview.Web.Guidelines;
using ContractorAiReview.Web.Tests.Changes;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Tests.Notifications;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>
/// An instance of the app with e-mail delivery off (the tests send the outbox themselves) and the test's second guideline
/// version, optionally on another's database.
/// </summary>
public sealed class InstanceFactory(AppFactory? sameDatabaseAs = null) : AppFactory(sameDatabaseAs)
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Mail:Delivery", "Off");
        builder.UseSetting("Guidelines:ExtraFolder", Path.Combine(AppContext.BaseDirectory, "fixtures", "guidelines"));
    }
}

/// <summary>
/// Two instances of the app on one PostgreSQL database, as behind a load balancer: sign-ins, decisions, notification
/// signals and the outbox work across them. Run by the test command's PostgreSQL pass (CAR_TEST_POSTGRES).
/// </summary>
[Trait("Database", "PostgreSQL")]
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private const string Contract = "区民アンケート集計分析業務委託";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private InstanceFactory _one = null!;
    private InstanceFactory _two = null!;

    public ValueTask InitializeAsync()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, $"Several instances need PostgreSQL: set {TestDatabase.ServerVariable} (tools/test does).");
        _one = new InstanceFactory();
        _ = _one.Services; // the first instance migrates and seeds; the second finds it done
        _two = new InstanceFactory(sameDatabaseAs: _one);
        _ = _two.Services;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_two is not null)
        {
            await _two.DisposeAsync();
        }

        if (_one is not null)
        {
            await _one.DisposeAsync();
        }
    }

    [Fact]
    public async Task SignedInOnOne_TheOtherAcceptsTheCookie()
    {
        var cookies = await _one.SignInCookieHeaderAsync(Demo.ShiminOfficer, Demo.ShiminPassword);

        using var onTwo = await _two.GetWithCookiesAsync(cookies, "/reviews", Ct);
        using var client = _two.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var anonymous = await client.GetAsync("/reviews", Ct);

        Assert.Equal(HttpStatusCode.OK, onTwo.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode); // the page does need a sign-in
    }

    [Fact]
    public async Task FiledOnOne_ConfirmedOnTwo_BothSeeItConfirmed()
    {
        var contractor = await _one.UserAsync(Demo.NaniwaContractor);
        var officer = await _two.UserAsync(Demo.ShiminOfficer);
        var (id, version) = await _one.FileAsync(contractor, Contract, Ct);

        var confirmed = await _two.ConfirmAsync(officer, id, version, Ct);

        Assert.True(confirmed.Succeeded, confirmed.Outcome.ToString());
        Assert.Equal(RequestStatus.Confirmed, (await _one.Get<RequestQueries>().GetAsync(contractor, id, Ct))!.Request.Status);
        Assert.Equal(RequestStatus.Confirmed, (await _two.Get<RequestQueries>().GetAsync(officer, id, Ct))!.Request.Status);
    }

    [Fact]
    public async Task FiledOnOne_TheOfficersPageOnTwoIsSignalled()
    {
        var contractor = await _one.UserAsync(Demo.NaniwaContractor);
        var officer = await _two.UserAsync(Demo.ShiminOfficer);
        var signalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var signals = _two.Get<NotificationSignals>();
        void OnChanged(IReadOnlySet<string> people)
        {
            if (people.Contains(officer.UserId))
            {
                signalled.TrySetResult();
            }
        }

        signals.Changed += OnChanged;
        try
        {
            await WhenListeningAsync(_two);
            await _one.FileAsync(contractor, Contract, Ct);

            // Well before the page's own look every minute.
            await signalled.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        }
        finally
        {
            signals.Changed -= OnChanged;
        }
    }

    [Fact]
    public async Task BothInstancesDispatch_EveryMessageSentOnce()
    {
        var contractor = await _one.UserAsync(Demo.NaniwaContractor);
        for (var i = 0; i < 4; i++)
        {
            await _one.FileAsync(contractor, Contract, Ct);
        }

        await using var db = await _one.DbAsync();
        var due = await db.OutboxMessages.Where(m => m.DeliveredAtUtc == null).Select(m => m.MessageId).ToListAsync(Ct);
        var one = new RecordingTransport();
        var two = new RecordingTransport();

        await Task.WhenAll(
            Task.Run(() => _one.Dispatcher(one, TimeProvider.System).DispatchDueAsync(Ct), Ct),
            Task.Run(() => _two.Dispatcher(two, TimeProvider.System).DispatchDueAsync(Ct), Ct));

        var sent = one.Sent.Concat(two.Sent).Select(m => m.MessageId).ToList();
        Assert.NotEmpty(due);
        Assert.Equal(due.Order(), sent.Order());
        Assert.Equal(sent.Count, sent.Distinct().Count());
    }

    [Fact]
    public async Task OneInstanceDiesWhileSending_TheOtherDeliversOnceItsClaimLapses()
    {
        await _one.FileAsync(await _one.UserAsync(Demo.NaniwaContractor), Contract, Ct);
        await using var db = await _one.DbAsync();
        var due = await db.OutboxMessages.Where(m => m.DeliveredAtUtc == null).Select(m => m.MessageId).ToListAsync(Ct);
        var hold = _one.Get<MailOptions>().ClaimHold;

        // The first instance claims a message and dies in the middle of sending it: the claim stays, nothing is marked.
        await Assert.ThrowsAsync<OperationCanceledException>(() => _one.Dispatcher(new DyingTransport(), TimeProvider.System).DispatchDueAsync(Ct));
        var early = new RecordingTransport();
        await _two.Dispatcher(early, TimeProvider.System).DispatchDueAsync(Ct);
        var later = new RecordingTransport();
        await _two.Dispatcher(later, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow + hold + TimeSpan.FromSeconds(1))).DispatchDueAsync(Ct);

        var held = Assert.Single(due.Except(early.Sent.Select(m => m.MessageId)));
        Assert.Equal([held], later.Sent.Select(m => m.MessageId));
    }

    [Fact]
    public async Task GuidelineAdoptedOnOne_TheOtherFilesUnderItToo()
    {
        var admin = await _one.UserAsync(Demo.Administrator);
        await WhenListeningAsync(_two);

        Assert.True((await _one.Get<GuidelineCommands>().AdoptAsync(admin, TwoVersionsFactory.SecondVersion, Ct)).Succeeded);

        await EventuallyAsync(() => _two.Get<GuidelineLibrary>().Current.Key == TwoVersionsFactory.SecondVersion, "the second instance to adopt it");
    }

    [Fact]
    public async Task CatalogueSavedOnOne_TheOtherScreensWithIt()
    {
        var admin = await _one.UserAsync(Demo.Administrator);
        var store = _one.Get<AiServiceCatalogueStore>();
        var catalogue = JsonNode.Parse(await store.CurrentJsonAsync(Ct))!;
        var services = catalogue["services"]!.AsArray();
        var removed = services[^1]!["id"]!.GetValue<string>();
        services.RemoveAt(services.Count - 1);
        await WhenListeningAsync(_two);
        Assert.NotNull(_two.Get<AiServiceCatalogueStore>().Current.FindById(removed));

        Assert.Null(await store.SaveAsync(admin, catalogue.ToJsonString(), Ct));

        await EventuallyAsync(() => _two.Get<AiServiceCatalogueStore>().Current.FindById(removed) is null, "the second instance to read the saved catalogue");
    }

    private static Task EventuallyAsync(Func<bool> condition, string what) => Polling.UntilAsync(condition, what, TimeSpan.FromSeconds(10), Ct);

    /// <summary>A process killed while it talks to the SMTP server: the send never returns.</summary>
    private sealed class DyingTransport : IMailTransport
    {
        public Task SendAsync(MimeKit.MimeMessage message, CancellationToken ct) => throw new OperationCanceledException("The instance was killed.");
    }

    /// <summary>The relay listens from its start; wait until both instances' LISTEN is registered with the server.</summary>
    private static Task WhenListeningAsync(AppFactory app) => Polling.UntilAsync(async () =>
    {
        await using var db = await app.DbAsync();
        return await db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND query = {"LISTEN " + PostgreSqlSignalRelay.ChannelName}").SingleAsync(Ct) >= 2;
    }, "the instances' relays to listen", TimeSpan.FromSeconds(10), Ct);
}
