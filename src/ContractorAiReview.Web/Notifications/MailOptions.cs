namespace ContractorAiReview.Web.Notifications;

public enum MailDelivery
{
    /// <summary>No e-mail is sent (messages stay in the outbox); in-app notifications still work.</summary>
    Off,
    /// <summary>Each message is written as an .eml file to <see cref="MailOptions.PickupFolder"/> (Development's default).</summary>
    Pickup,
    /// <summary>Sent through the SMTP server in <see cref="MailOptions.Smtp"/>.</summary>
    Smtp,
}

public enum SmtpSecurity
{
    /// <summary>STARTTLS after connecting (port 587).</summary>
    StartTls,
    /// <summary>TLS from the start (port 465).</summary>
    Tls,
    /// <summary>No encryption: only for a server on the same machine or in tests.</summary>
    None,
}

/// <summary>Configuration section <c>Mail</c>. The SMTP password comes from user secrets or the environment and is never logged.</summary>
public sealed class MailOptions
{
    /// <summary>Null chooses: SMTP when a host is configured, else the pickup folder in Development, else off.</summary>
    public MailDelivery? Delivery { get; set; }

    public string FromAddress { get; set; } = "no-reply@ai-review.city.example.jp";
    public string FromName { get; set; } = "生成AI利用確認システム";

    /// <summary>Relative to the data folder unless rooted.</summary>
    public string PickupFolder { get; set; } = "mail-pickup";

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>The right-hand side of every Message-ID: the sender's domain.</summary>
    public string MessageIdDomain => FromAddress[(FromAddress.IndexOf('@', StringComparison.Ordinal) + 1)..];

    /// <summary>How often the dispatcher looks for messages to send when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a dispatcher holds a message it is sending. Longer than any send takes (MailKit gives up after two
    /// minutes); if the instance dies mid-send, another (or this one restarted) sends the message once the hold ends.
    /// </summary>
    public TimeSpan ClaimHold { get; set; } = TimeSpan.FromMinutes(3);

    public sealed class SmtpSettings
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;
        public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
        public string? UserName { get; set; }
        public string? Password { get; set; }
    }

    public MailDelivery EffectiveDelivery(bool isDevelopment) =>
        Delivery ?? (!string.IsNullOrWhiteSpace(Smtp.Host) ? MailDelivery.Smtp : isDevelopment ? MailDelivery.Pickup : MailDelivery.Off);
}
