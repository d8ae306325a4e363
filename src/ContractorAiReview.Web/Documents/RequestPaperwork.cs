using ContractorAiReview.Documents;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Documents;

/// <summary>
/// The documents each step of the procedure issues, added to the caller's unit of work so a step and its document
/// are saved together: filing issues the request form, a return the request for changes, a confirmation the
/// notice.
/// </summary>
public sealed class RequestPaperwork(DocumentIssuer issuer)
{
    public async Task SubmittedAsync(AppDbContext db, ConfirmationRequest request, Signatory filer, DateTimeOffset nowUtc, CancellationToken ct)
    {
        var earlier = await CurrentAsync(db, request.Id, DocumentKind.RequestForm, ct);
        earlier.ForEach(d => d.Supersede(nowUtc));
        var filing = await CountAsync(db, request.Id, DocumentKind.RequestForm, ct) + 1;
        db.IssuedDocuments.Add(issuer.IssueRequestForm(request, filing, await AmendedNumberAsync(db, request, ct), filer, nowUtc));
    }

    public async Task ReturnedAsync(
        AppDbContext db, ConfirmationRequest request, Signatory officer, DateTimeOffset nowUtc,
        IReadOnlyList<ItemReason> itemReasons, CancellationToken ct)
    {
        var count = await CountAsync(db, request.Id, DocumentKind.ReturnNotice, ct) + 1;
        db.IssuedDocuments.Add(issuer.IssueReturnNotice(request, count, officer, nowUtc, request.ReturnReason!, itemReasons, request.ResubmitBy));
    }

    public async Task ConfirmedAsync(AppDbContext db, ConfirmationRequest request, Signatory officer, DateTimeOffset nowUtc, CancellationToken ct) =>
        db.IssuedDocuments.Add(issuer.IssueNotice(request, await AmendedNumberAsync(db, request, ct), officer, nowUtc));

    public static async Task<string?> AmendedNumberAsync(AppDbContext db, ConfirmationRequest request, CancellationToken ct) =>
        request.AmendsRequestId is { } id ? await db.Requests.Where(r => r.Id == id).Select(r => r.Number).SingleAsync(ct) : null;

    private static Task<List<IssuedDocument>> CurrentAsync(AppDbContext db, int requestId, DocumentKind kind, CancellationToken ct) =>
        db.IssuedDocuments.Where(d => d.RequestId == requestId && d.Kind == kind && d.Validity == DocumentValidity.Current).ToListAsync(ct);

    private static Task<int> CountAsync(AppDbContext db, int requestId, DocumentKind kind, CancellationToken ct) =>
        db.IssuedDocuments.CountAsync(d => d.RequestId == requestId && d.Kind == kind, ct);
}
