using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Web.Requests.Attachments;

/// <summary>
/// An attached sheet's bytes, stored once in the database (never under the web root). The answers hold an
/// <see cref="AttachmentRef"/> to it; a file stays as long as a filing may name it, so removing it from a draft only
/// drops the reference.
/// </summary>
public sealed class AttachmentFile
{
    private AttachmentFile()
    {
    }

    public AttachmentFile(Guid id, int requestId, string fileName, AttachmentKind kind, byte[] content, string sha256, string uploadedByUserId, DateTimeOffset uploadedAtUtc)
    {
        Id = id;
        RequestId = requestId;
        FileName = fileName;
        Kind = kind;
        Content = content;
        Size = content.LongLength;
        Sha256 = sha256;
        UploadedByUserId = uploadedByUserId;
        UploadedAtUtc = uploadedAtUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>The request it was uploaded to (a change request may name it too, through its copied answers).</summary>
    public int RequestId { get; private set; }

    public string FileName { get; private set; } = "";
    public AttachmentKind Kind { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public string UploadedByUserId { get; private set; } = "";
    public DateTimeOffset UploadedAtUtc { get; private set; }

    public AttachmentRef Reference => new(Id, FileName, Kind, Size, Sha256);
}
