using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Documents;

/// <summary>What anyone holding a document's verification code may learn: nothing confidential, only whether it is genuine and current.</summary>
public sealed record VerificationResult(
    string DocumentNumber, DocumentKind Kind, DateTimeOffset IssuedAtUtc, string IssuerDepartment,
    DocumentValidity Validity, DateTimeOffset? ValidityChangedAtUtc, string Sha256);

public sealed class DocumentVerification(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<VerificationResult?> FindAsync(string code, CancellationToken ct = default)
    {
        var normalized = Normalize(code);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.IssuedDocuments.AsNoTracking()
            .Where(d => d.VerificationCode == normalized)
            .Join(db.Departments, d => d.DepartmentId, dep => dep.Id, (d, dep) => new VerificationResult(
                d.DocumentNumber, d.Kind, d.IssuedAtUtc, dep.Name, d.Validity, d.ValidityChangedAtUtc, d.Sha256))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>Whether a copy someone holds is byte for byte the issued document.</summary>
    public static bool IsGenuine(VerificationResult document, byte[] copy) => IssuedDocument.HashOf(copy) == document.Sha256;

    /// <summary>Codes are read aloud and typed: case, spaces and a missing hyphen do not matter.</summary>
    public static string Normalize(string code)
    {
        var letters = new string([.. code.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        return letters.Length == 10 ? $"{letters[..5]}-{letters[5..]}" : letters;
    }
}
