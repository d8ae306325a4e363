using System.Security.Cryptography;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Requests.Attachments;

/// <summary>How large one attached sheet may be (`Attachments:MaxBytes`, 10 MB unless set).</summary>
public sealed class AttachmentOptions
{
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary>An upload's outcome: the reference to put in the answers, or why the file was refused.</summary>
public sealed record AttachmentUpload(AttachmentRef? Attachment, string? Refusal);

/// <summary>
/// Attached sheets: the filer stores one while the request is editable, and the people who may read the request read
/// the sheets it names. Kind is read from the content; name and browser type are not trusted.
/// </summary>
public sealed class AttachmentCommands(
    IDbContextFactory<AppDbContext> dbFactory, IOptions<AttachmentOptions> options, TimeProvider clock, IStringLocalizer<Strings> l)
{
    public long MaxBytes => options.Value.MaxBytes;

    /// <param name="attachedNow">How many sheets the answers name now (the limit counts them with this one).</param>
    public async Task<AttachmentUpload> UploadAsync(
        CurrentUser user, int requestId, int attachedNow, string fileName, byte[] content, CancellationToken ct = default)
    {
        if (!user.IsContractor)
        {
            return new(null, l["Error.NoPermission"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.Requests.VisibleTo(user).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return new(null, l["Error.RequestNotFound"]);
        }

        var refusal = !request.IsEditable ? l["Attachments.NotEditable"]
            : attachedNow >= RequestContent.AttachmentLimit ? l["Attachments.TooMany", RequestContent.AttachmentLimit]
            : content.Length == 0 ? l["Attachments.Empty"]
            : content.LongLength > MaxBytes ? l["Attachments.TooLarge", Megabytes(MaxBytes)]
            : null;
        if (refusal is not null)
        {
            return new(null, refusal);
        }

        if (AttachmentKinds.Detect(content) is not { } kind)
        {
            return new(null, l["Attachments.WrongKind"]);
        }

        var file = new AttachmentFile(Guid.NewGuid(), request.Id, SafeName(fileName), kind, content,
            Convert.ToHexStringLower(SHA256.HashData(content)), user.UserId, clock.GetUtcNow());
        db.AttachmentFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return new(file.Reference, null);
    }

    /// <summary>
    /// A sheet of the request, for someone who may read it: the filer reads what it uploaded to the request or its
    /// answers name (a change request's copied answers name its original's sheets), the department what a filing named.
    /// Another organisation's request, or a sheet the request does not name, is not found.
    /// </summary>
    public async Task<AttachmentFile?> ReadAsync(CurrentUser user, int requestId, Guid attachmentId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.Requests.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return null;
        }

        var file = await db.AttachmentFiles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, ct);
        if (file is null)
        {
            return null;
        }

        if (user.IsContractor && (file.RequestId == requestId || request.Content.Attachments.Any(a => a.Id == attachmentId)))
        {
            return file;
        }

        var filings = await db.RequestSubmissions.AsNoTracking().Where(s => s.RequestId == requestId).ToListAsync(ct);
        return filings.Any(s => s.Content.Attachments.Any(a => a.Id == attachmentId)) ? file : null;
    }

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The name as the person's computer called it, without folders or control characters, at most 255 characters.</summary>
    public static string SafeName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "attachment";
        }

        return name.Length <= 255 ? name : name[^255..];
    }
}
