using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Requests.Attachments;

public static class AttachmentEndpoints
{
    /// <summary>The address of a sheet the request names.</summary>
    public static string Url(int requestId, Guid attachmentId) => $"requests/{requestId}/attachments/{attachmentId}";

    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/requests/{id:int}/attachments/{attachmentId:guid}", async (
            int id, Guid attachmentId, HttpContext http, AttachmentCommands attachments, IDbContextFactory<AppDbContext> dbFactory,
            Audit.AuditLog audit, CancellationToken ct) =>
        {
            var user = CurrentUser.From(http.User);
            if (user is null)
            {
                return Results.Challenge();
            }

            var file = await attachments.ReadAsync(user, id, attachmentId, ct);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            audit.Add(db, file is null ? Audit.AuditEvent.AccessRefused : Audit.AuditEvent.DocumentDownloaded, http, user,
                target: $"attachment:{attachmentId}", detail: file?.FileName);
            await db.SaveChangesAsync(ct);
            // Always a download, never shown inline: the name is encoded for any characters (RFC 6266 / 5987).
            return file is null ? Results.NotFound() : Results.File(file.Content, MediaTypeOf(file.Kind), file.FileName);
        }).RequireAuthorization();
        return app;
    }

    public static string MediaTypeOf(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentKind.Excel => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Jpeg => "image/jpeg",
        _ => "application/octet-stream",
    };
}
