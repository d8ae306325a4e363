using System.Security.Cryptography;

namespace ContractorAiReview.Domain.Issuance;

public enum DocumentKind
{
    /// <summary>確認通知書.</summary>
    ConfirmationNotice = 0,
    /// <summary>生成AI利用に関する確認依頼書, as filed.</summary>
    RequestForm = 1,
    /// <summary>修正依頼 (a return with its reasons).</summary>
    ReturnNotice = 2,
    /// <summary>生成AI利用に関する特記仕様書 for a contract.</summary>
    SpecialSpecification = 3,
    /// <summary>成果物としての利用の同意 (rule 3).</summary>
    DeliverableConsent = 4,
    /// <summary>確認の取消通知: the department revoked a confirmation.</summary>
    RevocationNotice = 5,
}

public enum DocumentValidity
{
    Current = 0,
    /// <summary>A later document (e.g. the notice of a confirmed change) replaced it.</summary>
    Superseded = 1,
    /// <summary>The department revoked the confirmation the document records (取消).</summary>
    Revoked = 2,
    /// <summary>The department suspended the confirmation the document records; it may resume it (停止中).</summary>
    Suspended = 3,
}

/// <summary>
/// A document the system issued: stored once, byte for byte, with its SHA-256 so anyone holding a copy can
/// tell it from an altered one. Only its validity may change afterwards.
/// </summary>
public sealed class IssuedDocument
{
    public int Id { get; private set; }
    public DocumentKind Kind { get; private set; }
    public string DocumentNumber { get; private set; } = "";
    public string VerificationCode { get; private set; } = "";
    /// <summary>The request it belongs to; null for a contract's special specification.</summary>
    public int? RequestId { get; private set; }
    public int ContractId { get; private set; }
    public int ContractorId { get; private set; }
    public int DepartmentId { get; private set; }
    public DateTimeOffset IssuedAtUtc { get; private set; }
    public string IssuedByUserId { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public string Sha256 { get; private set; } = "";
    public DocumentValidity Validity { get; private set; }
    public DateTimeOffset? ValidityChangedAtUtc { get; private set; }

    private IssuedDocument()
    {
    }

    public static IssuedDocument Issue(
        DocumentKind kind, string documentNumber, string verificationCode, int? requestId, int contractId, int contractorId, int departmentId,
        string issuedByUserId, DateTimeOffset nowUtc, byte[] content) =>
        new()
        {
            Kind = kind,
            DocumentNumber = documentNumber,
            VerificationCode = verificationCode,
            RequestId = requestId,
            ContractId = contractId,
            ContractorId = contractorId,
            DepartmentId = departmentId,
            IssuedByUserId = issuedByUserId,
            IssuedAtUtc = nowUtc,
            Content = content,
            Sha256 = HashOf(content),
            Validity = DocumentValidity.Current,
        };

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Whether <paramref name="copy"/> is byte for byte the document that was issued.</summary>
    public bool IsGenuineCopy(byte[] copy) => HashOf(copy) == Sha256;

    public void Supersede(DateTimeOffset nowUtc) => ChangeValidity(DocumentValidity.Superseded, nowUtc);

    /// <summary>Revokes a current or suspended document: final.</summary>
    public void Revoke(DateTimeOffset nowUtc) => ChangeValidity(DocumentValidity.Revoked, nowUtc, DocumentValidity.Current, DocumentValidity.Suspended);

    public void Suspend(DateTimeOffset nowUtc) => ChangeValidity(DocumentValidity.Suspended, nowUtc);

    /// <summary>A suspended document is current again.</summary>
    public void Resume(DateTimeOffset nowUtc) => ChangeValidity(DocumentValidity.Current, nowUtc, DocumentValidity.Suspended);

    private void ChangeValidity(DocumentValidity validity, DateTimeOffset nowUtc, params DocumentValidity[] from)
    {
        if (!(from.Length == 0 ? [DocumentValidity.Current] : from).Contains(Validity))
        {
            throw new InvalidOperationException($"Document {DocumentNumber} is already {Validity}.");
        }

        Validity = validity;
        ValidityChangedAtUtc = nowUtc;
    }

    /// <summary>A short code printed on the document, unambiguous when read aloud or typed (no 0/O, 1/I/L).</summary>
    public static string NewVerificationCode()
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        Span<char> code = stackalloc char[10];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return $"{code[..5]}-{code[5..]}";
    }
}
