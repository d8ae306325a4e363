using System.Diagnostics;
using ContractorAiReview.Tests.Shared;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace ContractorAiReview.Web.Tests.Notifications;

/// <summary>
/// The outbox delivered through a real SMTP server on loopback (Debian's aiosmtpd, storing what arrives in a maildir),
/// read back as a mail client would: the Japanese subject and body decode, the links use the public address.
/// </summary>
public sealed class SmtpDeliveryTests(QuietMailFactory app) : IClassFixture<QuietMailFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Filing_ReceiptAndNewTaskArriveThroughSmtp_SubjectBodyAndLinkReadBack()
    {
        await using var server = await AiosmtpdServer.StartAsync(Ct);
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        await Dispatcher(new RecordingTransport()).DispatchDueAsync(Ct); // what other tests left
        var (id, _) = await app.FileAsync(contractor, "区民アンケート集計分析業務委託", Ct);

        var transport = new SmtpMailTransport(new MailOptions.SmtpSettings { Host = "127.0.0.1", Port = server.Port, Security = SmtpSecurity.None });
        var sent = await Dispatcher(transport).DispatchDueAsync(Ct);

        var arrived = await server.WaitForAsync(sent, Ct);
        var receipt = arrived.Single(m => m.To.Mailboxes.Single().Address == Demo.NaniwaContractor);
        Assert.StartsWith("【生成AI利用確認】確認依頼書 AI", receipt.Subject);
        Assert.EndsWith("を受け付けました（到達通知）", receipt.Subject);
        Assert.Contains("到達番号: AI", receipt.TextBody);
        Assert.Contains($"{QuietMailFactory.PublicBaseUrl}/requests/{id}", receipt.TextBody);
        Assert.Contains(arrived, m => m.To.Mailboxes.Single().Address == Demo.ShiminOfficer && (m.Subject ?? "").Contains("新しい確認依頼書", StringComparison.Ordinal));
        await using var db = await app.DbAsync();
        var messageIds = await db.OutboxMessages.Where(m => m.DeliveredAtUtc != null).Select(m => m.MessageId).ToListAsync(Ct);
        Assert.All(arrived, m => Assert.Contains(m.MessageId, messageIds));
    }

    private OutboxDispatcher Dispatcher(IMailTransport transport) => app.Dispatcher(transport, TimeProvider.System);
}

/// <summary>python3 -m aiosmtpd on a free loopback port, its Mailbox handler writing a maildir; stopped when disposed.</summary>
internal sealed class AiosmtpdServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _maildir;

    private AiosmtpdServer(Process process, string maildir, int port)
    {
        _process = process;
        _maildir = maildir;
        Port = port;
    }

    public int Port { get; }

    public static async Task<AiosmtpdServer> StartAsync(CancellationToken ct)
    {
        await LoopbackServers.RequireAiosmtpdAsync(ct);
        var port = LoopbackServers.FreePort();
        var maildir = Path.Combine(Path.GetTempPath(), "car-smtp-" + Guid.NewGuid().ToString("N"));
        var process = Process.Start(new ProcessStartInfo(LoopbackServers.Python, $"-m aiosmtpd -n -l 127.0.0.1:{port} -c aiosmtpd.handlers.Mailbox {maildir}")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var server = new AiosmtpdServer(process, maildir, port);
        try
        {
            await LoopbackServers.WaitUntilListeningAsync(port, ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The messages in the maildir once <paramref name="count"/> have arrived.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, CancellationToken ct)
    {
        var folder = Path.Combine(_maildir, "new");
        for (var i = 0; i < 100; i++)
        {
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
            if (files.Length >= count)
            {
                var messages = new List<MimeMessage>();
                foreach (var file in files)
                {
                    messages.Add(await MimeMessage.LoadAsync(file, ct));
                }

                return messages;
            }

            await Task.Delay(100, ct);
        }

        throw new TimeoutException($"Fewer than {count} messages arrived.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (Directory.Exists(_maildir))
        {
            Directory.Delete(_maildir, recursive: true);
        }
    }
}
