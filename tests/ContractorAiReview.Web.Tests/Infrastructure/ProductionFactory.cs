using Microsoft.AspNetCore.Hosting;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>The real host in Production, configured as the README says: administrator, public address, key certificate. No demo data.</summary>
public sealed class ProductionFactory : AppFactory
{
    public const string PublicBaseUrl = "https://ai-review.city.example.jp";
    public const string AdminEmail = "first.admin@city.example.jp";
    public const string AdminPassword = "Start#Admin2026";
    private const string CertificatePassword = "test-only";

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Bootstrap:AdminEmail"] = AdminEmail,
        ["Bootstrap:AdminPassword"] = AdminPassword,
        ["Documents:PublicBaseUrl"] = PublicBaseUrl,
        ["DataProtection:CertificatePath"] = TestCertificate.CreatePfx(
            Path.Combine(Path.GetTempPath(), "car-certs"), Guid.NewGuid().ToString("N") + ".pfx", CertificatePassword),
        ["DataProtection:CertificatePassword"] = CertificatePassword,
        // As behind a proxy or with an HTTPS endpoint: where plain HTTP is redirected to.
        ["https_port"] = "443",
    };

    /// <summary>The README's configuration with some settings replaced (or, with null, removed).</summary>
    public static ProductionFactory With(IReadOnlyDictionary<string, string?> overrides)
    {
        var factory = new ProductionFactory();
        foreach (var (key, value) in overrides)
        {
            if (key == "DataProtection:CertificatePath" && factory._settings[key] is { } made)
            {
                File.Delete(made);
            }

            factory._settings[key] = value;
        }

        return factory;
    }

    protected override string Environment => "Production";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_settings.GetValueOrDefault("DataProtection:CertificatePath") is { } certificate && File.Exists(certificate))
        {
            File.Delete(certificate);
        }
    }

    protected override void Configure(IWebHostBuilder builder) => ApplySettings(builder);

    /// <summary>The Production settings, for a factory that adds to them.</summary>
    public void ApplySettings(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
