using System.Text;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace ContractorAiReview.Web.Notifications;

/// <summary>
/// Sends what the outbox holds: claims a due message (one dispatcher wins a message even with several app
/// instances), sends it, marks it delivered; a failure waits longer each time and gives up after
/// <see cref="OutboxMessage.MaxAttempts"/>. Woken at once when a change adds a message, else every poll interval.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<AppDbContext> dbFactory,
    OutboxSignal signal,
    MailOptions options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger,
    IMailTransport? transport = null) : BackgroundService
{
    /// <summary>Sends every due message once; returns how many were delivered. Tests call it directly.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        if (transport is null)
        {
            return 0;
        }

        var delivered = 0;
        while (await ClaimNextAsync(ct) is { } id)
        {
            delivered += await SendAsync(id, ct) ? 1 : 0;
        }

        return delivered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (transport is null)
        {
            logger.LogWarning("E-mail is off: no SMTP server is configured (Mail:Smtp:Host). In-app notifications work; e-mails stay in the outbox.");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The outbox dispatcher failed; it tries again.");
            }

            await signal.WaitAsync(options.PollInterval, clock, stoppingToken);
        }
    }

    /// <summary>Claims the oldest due message not held by another dispatcher; null when there is none.</summary>
    private async Task<long?> ClaimNextAsync(CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var now = clock.GetUtcNow();
            var message = await db.OutboxMessages
                .Where(m => m.DeliveredAtUtc == null && m.FailedAtUtc == null && m.NextAttemptAtUtc <= now
                            && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
                .OrderBy(m => m.Id)
                .FirstOrDefaultAsync(ct);
            if (message is null)
            {
                return null;
            }

            message.Claim(now, options.ClaimHold);
            try
            {
                await db.SaveChangesAsync(ct);
                return message.Id;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another dispatcher claimed it first: look for the next one.
            }
        }

        return null;
    }

    private async Task<bool> SendAsync(long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, ct);
        try
        {
            await transport!.SendAsync(ToMime(message), ct);
            message.Delivered(clock.GetUtcNow());
            Infrastructure.Telemetry.TelemetrySetup.OutboxDeliveryLag.Record((clock.GetUtcNow() - message.CreatedAtUtc).TotalSeconds);
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The address is personal data and the error may quote the server: neither goes beyond the warning's id.
            logger.LogWarning("E-mail {MessageId} ({Template}) not delivered on attempt {Attempt}: {Error}",
                message.MessageId, message.Template, message.Attempts + 1, e.GetType().Name);
            message.AttemptFailed(clock.GetUtcNow(), $"{e.GetType().Name}: {e.Message}");
            await db.SaveChangesAsync(ct);
            return false;
        }
    }

    /// <summary>
    /// UTF-8 throughout: ISO-2022-JP cannot carry characters people's names and companies use (髙, 﨑, ①), and every
    /// mail client a city or contractor uses reads UTF-8.
    /// </summary>
    public MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage { MessageId = message.MessageId, Subject = message.Subject };
        mime.From.Add(new MailboxAddress(Encoding.UTF8, options.FromName, options.FromAddress));
        mime.To.Add(new MailboxAddress(Encoding.UTF8, message.ToName, message.ToEmail));
        mime.Date = message.CreatedAtUtc;
        // Base64 keeps the Japanese body intact through any relay, 8BITMIME or not.
        var text = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.Base64 };
        text.SetText(Encoding.UTF8, message.Body);
        mime.Body = text;
        return mime;
    }
}

/// <summary>Wakes the dispatcher when a saved change added outbox messages (same instance); the poll covers the rest.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake.
            }
        }
    }

    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        using var timer = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        try
        {
            await _wake.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed.
        }
    }
}
