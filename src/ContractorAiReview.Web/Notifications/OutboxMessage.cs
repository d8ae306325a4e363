namespace ContractorAiReview.Web.Notifications;

/// <summary>
/// An e-mail to send, written in the same transaction as the change that causes it and sent afterwards by
/// <see cref="OutboxDispatcher"/>: a crash between the two loses nothing. <see cref="MessageId"/> is the e-mail's
/// Message-ID, the same on every attempt, so a receiver can tell a redelivery from a new message.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 8;

    public long Id { get; private set; }
    public string MessageId { get; private set; } = "";
    public string Template { get; private set; } = "";
    public string ToEmail { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAtUtc { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAtUtc { get; private set; }

    /// <summary>A dispatcher holds the message until then; another one leaves it alone.</summary>
    public DateTimeOffset? ClaimedUntilUtc { get; private set; }
    public DateTimeOffset? DeliveredAtUtc { get; private set; }

    /// <summary>Set when the attempts ran out: the administrator sees it and may retry.</summary>
    public DateTimeOffset? FailedAtUtc { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>The body carries a secret (a password reset link): it is erased once the message is delivered.</summary>
    public bool ContainsSecret { get; private set; }

    /// <summary>Two dispatchers claiming one message at once: one wins.</summary>
    public int Version { get; private set; }

    private OutboxMessage()
    {
    }

    public static OutboxMessage Create(
        string template, string toEmail, string toName, string subject, string body, string domain, DateTimeOffset nowUtc, bool containsSecret = false) =>
        new()
        {
            ContainsSecret = containsSecret,
            MessageId = $"{Guid.NewGuid():N}@{domain}",
            Template = template,
            ToEmail = toEmail,
            ToName = toName,
            Subject = subject,
            Body = body,
            CreatedAtUtc = nowUtc,
            NextAttemptAtUtc = nowUtc,
        };

    public bool IsPending => DeliveredAtUtc is null && FailedAtUtc is null;

    public void Claim(DateTimeOffset nowUtc, TimeSpan hold)
    {
        ClaimedUntilUtc = nowUtc + hold;
        Version++;
    }

    public void Delivered(DateTimeOffset nowUtc)
    {
        if (ContainsSecret)
        {
            Body = "";
        }

        DeliveredAtUtc = nowUtc;
        ClaimedUntilUtc = null;
        LastError = null;
        Version++;
    }

    /// <summary>Waits longer after each failure (1, 2, 4 … minutes, at most an hour); gives up after <see cref="MaxAttempts"/>.</summary>
    public void AttemptFailed(DateTimeOffset nowUtc, string error)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        ClaimedUntilUtc = null;
        NextAttemptAtUtc = nowUtc + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Attempts - 1)));
        if (Attempts >= MaxAttempts)
        {
            FailedAtUtc = nowUtc;
        }

        Version++;
    }

    /// <summary>The administrator tries a failed message again, now.</summary>
    public void Retry(DateTimeOffset nowUtc)
    {
        FailedAtUtc = null;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
        Version++;
    }
}
