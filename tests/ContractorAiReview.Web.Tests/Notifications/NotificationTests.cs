using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Reviews;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace ContractorAiReview.Web.Tests.Notifications;

/// <summary>The app with e-mail delivery off, so each test sends the outbox itself, through the transport it chooses.</summary>
public sealed class QuietMailFactory : AppFactory
{
    /// <summary>Where people reach the app, as the links in e-mails must say.</summary>
    public const string PublicBaseUrl = "https://ai-review.test.example.jp";

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Mail:Delivery", "Off");
        builder.UseSetting("Documents:PublicBaseUrl", PublicBaseUrl);
    }
}

/// <summary>
/// What a move tells people: in-app notifications to exactly the right people, and e-mails written to the outbox in
/// the same transaction and delivered afterwards, retried after a failure, never twice.
/// </summary>
public sealed class NotificationTests(QuietMailFactory app) : IClassFixture<QuietMailFactory>
{
    private const string Contract = "区民アンケート集計分析業務委託";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Return_TheContractorsPeopleGetANotificationAndAnEmailWithReasonsDeadlineAndLink_NobodyElse()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var (id, version) = await app.FileAsync(contractor, Contract, Ct);
        var before = await LatestOutboxIdAsync();
        version = await app.ClaimAsync(officer, id, version, Ct);

        var returned = await app.Get<ReviewCommands>().ReturnAsync(officer, id, version, "利用ログの管理体制を具体的に記載してください。",
            [new ReturnItem(ReturnTarget.ForField(FormField.UsageLogManagement), "保存期間と確認の頻度を記載してください。")], new DateOnly(2026, 12, 25), Ct);
        Assert.True(returned.Succeeded);

        var number = (await app.Get<Web.Requests.RequestQueries>().GetAsync(contractor, id, Ct))!.Request.Number;
        var mine = await app.Get<NotificationQueries>().LatestAsync(contractor, Ct);
        Assert.Contains(mine, n => n is { Kind: NotificationKind.Returned, IsRead: false } && n.RequestId == id && n.RequestNumber == number);
        Assert.DoesNotContain(await app.Get<NotificationQueries>().LatestAsync(await app.UserAsync(Demo.MioContractor), Ct), n => n.RequestId == id);
        Assert.DoesNotContain(await app.Get<NotificationQueries>().LatestAsync(officer, Ct), n => n.Kind == NotificationKind.Returned);

        await using var db = await app.DbAsync();
        var mail = Assert.Single(await db.OutboxMessages.Where(m => m.Id > before && m.Template == nameof(NotificationKind.Returned)).ToListAsync(Ct));
        Assert.Equal(Demo.NaniwaContractor, mail.ToEmail);
        Assert.Contains(number, mail.Subject);
        Assert.Contains("補正通知", mail.Subject);
        Assert.Contains("利用ログの管理体制を具体的に記載してください。", mail.Body);
        Assert.Contains("・(4) 利用ログの管理体制: 保存期間と確認の頻度を記載してください。", mail.Body);
        Assert.Contains("令和8年12月25日", mail.Body);
        Assert.Contains($"{QuietMailFactory.PublicBaseUrl}/requests/{id}", mail.Body);
    }

    [Fact]
    public async Task Submit_TheContractorGetsTheReceipt_TheOfficersOfTheFirstStepTheNewTask_TheApproverNothingYet()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var approver = await app.UserAsync(Demo.ShiminApprover);

        var (id, _) = await app.FileAsync(contractor, Contract, Ct);

        Assert.Contains(await app.Get<NotificationQueries>().LatestAsync(contractor, Ct), n => n.RequestId == id && n.Kind == NotificationKind.Received);
        Assert.Contains(await app.Get<NotificationQueries>().LatestAsync(officer, Ct), n => n.RequestId == id && n.Kind == NotificationKind.NewTask);
        Assert.DoesNotContain(await app.Get<NotificationQueries>().LatestAsync(approver, Ct), n => n.RequestId == id);
    }

    [Fact]
    public async Task MarkRead_OwnNotificationsOnly_AnotherPersonsIdChangesNothing()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var (id, _) = await app.FileAsync(contractor, Contract, Ct);
        var queries = app.Get<NotificationQueries>();
        var theirs = (await queries.LatestAsync(officer, Ct)).First(n => n.RequestId == id);
        var unread = await queries.UnreadCountAsync(officer, Ct);

        await queries.MarkReadAsync(contractor, theirs.Id, Ct);
        Assert.Equal(unread, await queries.UnreadCountAsync(officer, Ct));

        await queries.MarkReadAsync(officer, theirs.Id, Ct);
        Assert.Equal(unread - 1, await queries.UnreadCountAsync(officer, Ct));
        await queries.MarkReadAsync(officer, ct: Ct);
        Assert.Equal(0, await queries.UnreadCountAsync(officer, Ct));
    }

    [Fact]
    public async Task Outbox_AFailedSendIsRetriedLater_ThenDeliveredOnce_WithTheSameMessageId()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        await DeliverEverythingAsync(); // what earlier tests left
        var (id, _) = await app.FileAsync(contractor, Contract, Ct);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var transport = new RecordingTransport { FailuresLeft = int.MaxValue }; // the server is down
        var dispatcher = Dispatcher(transport, clock);

        Assert.Equal(0, await dispatcher.DispatchDueAsync(Ct));
        await using (var db = await app.DbAsync())
        {
            var failed = await db.OutboxMessages.Where(m => m.DeliveredAtUtc == null).ToListAsync(Ct);
            Assert.NotEmpty(failed);
            Assert.All(failed, m => Assert.True(m.Attempts == 1 && m.NextAttemptAtUtc > clock.GetUtcNow() && m.LastError is not null));
        }

        transport.FailuresLeft = 0; // and back
        Assert.Equal(0, await dispatcher.DispatchDueAsync(Ct)); // not due yet
        clock.Advance(TimeSpan.FromMinutes(1));
        var sent = await dispatcher.DispatchDueAsync(Ct);

        Assert.True(sent >= 2, "The receipt to the contractor and the new task to the officer.");
        Assert.Equal(0, await dispatcher.DispatchDueAsync(Ct));
        Assert.Equal(transport.Sent.Count, transport.Sent.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(transport.Attempted.Distinct().Order(), transport.Sent.Select(m => m.MessageId).Order());
        await using var after = await app.DbAsync();
        Assert.Equal(0, await after.OutboxMessages.CountAsync(m => m.DeliveredAtUtc == null, Ct));
    }

    [Fact]
    public async Task Outbox_TwoDispatchersAtOnce_EachMessageSentOnce()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        await DeliverEverythingAsync();
        for (var i = 0; i < 3; i++)
        {
            await app.FileAsync(contractor, Contract, Ct);
        }

        var transport = new RecordingTransport();
        var results = await Task.WhenAll(
            Task.Run(() => Dispatcher(transport, TimeProvider.System).DispatchDueAsync(Ct), Ct),
            Task.Run(() => Dispatcher(transport, TimeProvider.System).DispatchDueAsync(Ct), Ct));

        Assert.Equal(transport.Sent.Count, results.Sum());
        Assert.Equal(transport.Sent.Count, transport.Sent.Select(m => m.MessageId).Distinct().Count());
        Assert.True(transport.Sent.Count >= 6, $"Three filings tell the contractor and the officer: {transport.Sent.Count} sent.");
    }

    [Fact]
    public async Task Mime_JapaneseSubjectAndBodyInUtf8_MessageIdKept()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        await DeliverEverythingAsync();
        var (id, _) = await app.FileAsync(contractor, Contract, Ct);
        var transport = new RecordingTransport();

        await Dispatcher(transport, TimeProvider.System).DispatchDueAsync(Ct);

        var receipt = transport.Sent.Single(m => m.To.Mailboxes.Single().Address == Demo.NaniwaContractor);
        using var stream = new MemoryStream();
        await receipt.WriteToAsync(stream, Ct);
        stream.Position = 0;
        var parsed = await MimeMessage.LoadAsync(stream, Ct);
        Assert.StartsWith("【生成AI利用確認】確認依頼書 AI", parsed.Subject);
        Assert.Contains("到達通知", parsed.Subject);
        Assert.Equal("utf-8", ((TextPart)parsed.Body!).ContentType.Charset, ignoreCase: true);
        Assert.Contains("高橋 健 様", parsed.TextBody);
        Assert.Contains($"{QuietMailFactory.PublicBaseUrl}/requests/{id}", parsed.TextBody);
        Assert.Equal(receipt.MessageId, parsed.MessageId);
    }

    [Fact]
    public async Task Outbox_AfterEveryAttemptFailed_TheAdministratorSeesItAndRetries_OthersSeeNothing()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var admin = await app.UserAsync(Demo.Administrator);
        await DeliverEverythingAsync();
        await app.FileAsync(contractor, Contract, Ct);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var down = new RecordingTransport { FailuresLeft = int.MaxValue };
        for (var attempt = 0; attempt < OutboxMessage.MaxAttempts; attempt++)
        {
            await Dispatcher(down, clock).DispatchDueAsync(Ct);
            clock.Advance(TimeSpan.FromHours(1));
        }

        var outbox = app.Get<OutboxQueries>();
        var failed = (await outbox.ListAsync(admin, OutboxState.Failed, new PageRequest(Take: PageRequest.MaxTake), Ct)).Rows;
        Assert.True(failed.Count >= 2, "The receipt and the new task both failed.");
        Assert.All(failed, m => Assert.Equal((OutboxMessage.MaxAttempts, "IOException: The SMTP server is not answering."), (m.Attempts, m.LastError)));
        Assert.Empty((await outbox.ListAsync(contractor, OutboxState.Failed, new PageRequest(), Ct)).Rows);
        Assert.Empty((await outbox.ListAsync(await app.UserAsync(Demo.ShiminOfficer), null, new PageRequest(), Ct)).Rows);
        Assert.Equal(CommandOutcome.Forbidden, (await outbox.RetryAsync(contractor, failed[0].Id, Ct)).Outcome);
        Assert.Equal(0, await Dispatcher(new RecordingTransport(), clock).DispatchDueAsync(Ct)); // failed stays failed

        foreach (var message in failed)
        {
            Assert.True((await outbox.RetryAsync(admin, message.Id, Ct)).Succeeded);
        }

        var up = new RecordingTransport();
        await Dispatcher(up, TimeProvider.System).DispatchDueAsync(Ct);
        Assert.Equal(failed.Count, up.Sent.Count);
        Assert.Equal(0, (await outbox.ListAsync(admin, OutboxState.Failed, new PageRequest(), Ct)).Total);
    }

    [Fact]
    public async Task Invitation_TheInviteeGetsTheLinkByEmail_TheSameTheAdministratorSees_ErasedOnceSent()
    {
        var admin = await app.UserAsync(Demo.Administrator);
        var company = (await app.UserAsync(Demo.NaniwaContractor)).ContractorId;
        var handover = await app.Get<Web.Admin.UserCommands>().InviteAsync(admin, new Web.Admin.InviteForm { Email = "suzuki@naniwa.example.jp", ContractorId = company }, ct: Ct);
        Assert.True(handover.Result.Succeeded);

        await using var db = await app.DbAsync();
        var mail = await db.OutboxMessages.SingleAsync(m => m.ToEmail == "suzuki@naniwa.example.jp", Ct);
        Assert.Equal((MailTemplates.Invitation, true), (mail.Template, mail.ContainsSecret));
        Assert.StartsWith($"{QuietMailFactory.PublicBaseUrl}/account/invitation/", handover.Secret);
        Assert.Contains(handover.Secret!, mail.Body);
        Assert.Contains("株式会社なにわ情報システム", mail.Subject);

        await DeliverEverythingAsync();
        await using var after = await app.DbAsync();
        Assert.Equal("", (await after.OutboxMessages.SingleAsync(m => m.Id == mail.Id, Ct)).Body);
    }

    private OutboxDispatcher Dispatcher(IMailTransport transport, TimeProvider clock) => app.Dispatcher(transport, clock);

    private async Task DeliverEverythingAsync() => await Dispatcher(new RecordingTransport(), TimeProvider.System).DispatchDueAsync(Ct);

    private async Task<long> LatestOutboxIdAsync()
    {
        await using var db = await app.DbAsync();
        return await db.OutboxMessages.MaxAsync(m => (long?)m.Id, Ct) ?? 0;
    }
}

/// <summary>A transport that keeps what it was given, and fails the first attempts when told to.</summary>
internal sealed class RecordingTransport : IMailTransport
{
    private readonly Lock _lock = new();

    public int FailuresLeft { get; set; }
    public List<MimeMessage> Sent { get; } = [];
    public List<string> Attempted { get; } = [];

    public Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        lock (_lock)
        {
            Attempted.Add(message.MessageId ?? "");
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new IOException("The SMTP server is not answering.");
            }

            Sent.Add(message);
        }

        return Task.CompletedTask;
    }
}
