using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ContractorAiReview.Web.Notifications;

/// <summary>Where e-mail goes: an SMTP server, or a folder of .eml files (Development and tests).</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>MailKit's SMTP client, one connection per batch of messages the dispatcher sends.</summary>
public sealed class SmtpMailTransport(MailOptions.SmtpSettings settings) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient();
        var security = settings.Security switch
        {
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set."), settings.Port, security, ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

/// <summary>Writes each message to a folder as &lt;Message-ID&gt;.eml: a redelivery overwrites the same file.</summary>
public sealed class PickupFolderTransport(string folder) : IMailTransport
{
    public string Folder { get; } = folder;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
        await message.WriteToAsync(Path.Combine(Folder, name + ".eml"), ct);
    }
}
