using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Documents;

public static class DocumentEndpoints
{
    private static Task<ConfirmationRequest?> LoadVisibleAsync(AppDbContext db, CurrentUser user, int id, CancellationToken ct) =>
        db.Requests.VisibleTo(user).AsNoTracking().WithContract()
            .SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>Bytes without an attachment header: the browser shows a preview inline.</summary>
    private static IResult Pdf(byte[] content) => Results.Bytes(content, "application/pdf");

    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        // The stored PDF, byte for byte; only the request's contractor and department may download it.
        app.MapGet("/documents/{id:int}", async (
            int id, HttpContext http, IDbContextFactory<AppDbContext> dbFactory, Audit.AuditLog audit, CancellationToken ct) =>
        {
            var user = CurrentUser.From(http.User);
            if (user is null)
            {
                return Results.Challenge();
            }

            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var document = await db.IssuedDocuments.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(d => d.Id == id, ct);
            var target = $"document:{id}";
            if (document is null)
            {
                // Another organisation's document reads as "not found", but the attempt is on the record.
                if (await db.IssuedDocuments.AnyAsync(d => d.Id == id, ct))
                {
                    audit.Add(db, Audit.AuditEvent.AccessRefused, http, user, target: target);
                    await db.SaveChangesAsync(ct);
                }

                return Results.NotFound();
            }

            audit.Add(db, Audit.AuditEvent.DocumentDownloaded, http, user, target: target, detail: document.DocumentNumber);
            await db.SaveChangesAsync(ct);
            return Results.File(document.Content, "application/pdf", $"{document.DocumentNumber}.pdf");
        }).RequireAuthorization();

        // Previews: the request form as it stands (the contractor before filing, the department after) and, for the
        // department before confirming, the notice it would issue. Neither carries a number or a code: not issued.
        app.MapGet("/requests/{id:int}/preview/request-form.pdf", async (
            int id, HttpContext http, IDbContextFactory<AppDbContext> dbFactory, DocumentIssuer issuer, CancellationToken ct) =>
        {
            var user = CurrentUser.From(http.User);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var request = user is null ? null : await LoadVisibleAsync(db, user, id, ct);
            return request is null
                ? Results.NotFound()
                : Pdf(issuer.PreviewRequestForm(request, await RequestPaperwork.AmendedNumberAsync(db, request, ct)));
        }).RequireAuthorization();

        app.MapGet("/requests/{id:int}/preview/notice.pdf", async (
            int id, HttpContext http, IDbContextFactory<AppDbContext> dbFactory, DocumentIssuer issuer, TimeProvider clock, CancellationToken ct) =>
        {
            var user = CurrentUser.From(http.User);
            if (user is not { IsDepartmentStaff: true })
            {
                return Results.NotFound();
            }

            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var request = await LoadVisibleAsync(db, user, id, ct);
            return request is not { AwaitsDecision: true }
                ? Results.NotFound()
                : Pdf(issuer.PreviewNotice(request, await RequestPaperwork.AmendedNumberAsync(db, request, ct), Signatory.AtCurrentStep(request, user.UserId, user.DisplayName), clock.GetUtcNow()));
        }).RequireAuthorization();

        return app;
    }
}
