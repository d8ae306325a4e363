using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>A self-signed certificate with its key as a .pfx, as an operator makes one for the data-protection keys.</summary>
public static class TestCertificate
{
    public static string CreatePfx(string folder, string fileName, string password)
    {
        Directory.CreateDirectory(folder);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ContractorAiReview data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, fileName);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
