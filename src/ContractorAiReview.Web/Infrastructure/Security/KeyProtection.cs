using System.Security.Cryptography.X509Certificates;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;

namespace ContractorAiReview.Web.Infrastructure.Security;

/// <summary>
/// The data-protection keys that sign the sign-in cookie and antiforgery tokens: kept in the database, so every app
/// instance on it shares them, and encrypted with a certificate outside Development, so a copy of the database alone
/// cannot forge a sign-in.
/// </summary>
public static class KeyProtection
{
    public sealed class Settings
    {
        /// <summary>A PKCS#12 (.pfx) file holding the certificate and its private key.</summary>
        public string? CertificatePath { get; set; }
        public string? CertificatePassword { get; set; }
    }

    public const string MissingCertificateMessage =
        "DataProtection:CertificatePath must name a readable .pfx certificate with its private key outside Development: "
        + "it encrypts the keys that sign every sign-in cookie (stored in the database). "
        + "Create one as the README shows (openssl req ... && openssl pkcs12 -export ...) and set DataProtection:CertificatePath "
        + "and DataProtection:CertificatePassword (for example as environment variables DataProtection__CertificatePath and "
        + "DataProtection__CertificatePassword).";

    public static IServiceCollection AddKeyProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("ContractorAiReview")
            .PersistKeysToDbContext<AppDbContext>();
        if (environment.IsDevelopment())
        {
            return services;
        }

        var settings = configuration.GetSection("DataProtection").Get<Settings>() ?? new Settings();
        builder.ProtectKeysWithCertificate(LoadCertificate(settings));
        return services;
    }

    private static X509Certificate2 LoadCertificate(Settings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.CertificatePath) || !File.Exists(settings.CertificatePath))
        {
            throw new InvalidOperationException(MissingCertificateMessage);
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException(MissingCertificateMessage + " The file could not be read: " + e.Message, e);
        }

        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException(MissingCertificateMessage + " The certificate has no private key.");
    }
}
