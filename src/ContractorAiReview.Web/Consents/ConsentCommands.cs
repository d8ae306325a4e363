using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Consents;

public sealed record ConsentRow(
    int Id, string ServiceName, string Deliverable, string SimilarityCheck, ConsentStatus Status,
    DateTimeOffset RequestedAtUtc, string? DecidedByName, DateTimeOffset? DecidedAtUtc, string? DecisionNote);

/// <summary>Rule 3's consent for a deliverable: the contractor asks, the department consents (issuing the consent document) or declines.</summary>
public sealed class ConsentCommands(
    IDbContextFactory<AppDbContext> dbFactory, DocumentIssuer issuer, TimeProvider clock, IStringLocalizer<Strings> l)
{
    public const int MaxText = 2000;

    public async Task<IReadOnlyList<ConsentRow>> ListAsync(CurrentUser user, int requestId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Requests.VisibleTo(user).AnyAsync(r => r.Id == requestId, ct))
        {
            return [];
        }

        return await db.DeliverableConsents.Where(c => c.RequestId == requestId).OrderBy(c => c.Id)
            .Select(c => new ConsentRow(c.Id, c.ServiceName, c.Deliverable, c.SimilarityCheck, c.Status, c.RequestedAtUtc,
                c.DecidedByName, c.DecidedAtUtc, c.DecisionNote))
            .ToListAsync(ct);
    }

    public async Task<CommandResult> AskAsync(
        CurrentUser user, int requestId, int serviceIndex, string deliverable, string similarityCheck, CancellationToken ct = default)
    {
        if (!user.IsContractor)
        {
            return CommandResult.Forbidden;
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(deliverable))
        {
            errors["Deliverable"] = [l["Validation.Required"]];
        }

        if (string.IsNullOrWhiteSpace(similarityCheck))
        {
            errors["SimilarityCheck"] = [l["Validation.Required"]];
        }

        if (deliverable.Length > MaxText || similarityCheck.Length > MaxText)
        {
            errors[""] = [l["Validation.MaxLength", MaxText]];
        }

        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.Requests.VisibleTo(user).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return CommandResult.NotFound;
        }

        DeliverableConsent consent;
        try
        {
            consent = DeliverableConsent.Ask(request, serviceIndex, deliverable, similarityCheck, user.AsActor(), clock.GetUtcNow());
        }
        catch (DomainRuleException)
        {
            // Not confirmed, or not an image/video service of not-curated training data (the texts were checked above).
            return CommandResult.Conflict(l["Consent.NotApplicable"]);
        }

        db.DeliverableConsents.Add(consent);
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(consent.Id);
    }

    public async Task<CommandResult> ConsentAsync(CurrentUser user, int consentId, string? conditions, CancellationToken ct = default) =>
        await DecideAsync(user, consentId, consented: true, conditions, ct);

    public async Task<CommandResult> DeclineAsync(CurrentUser user, int consentId, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["Note"] = [l["Consent.DeclineReasonRequired"]] });
        }

        return await DecideAsync(user, consentId, consented: false, reason, ct);
    }

    private async Task<CommandResult> DecideAsync(CurrentUser user, int consentId, bool consented, string? note, CancellationToken ct)
    {
        if (!user.IsDepartmentStaff)
        {
            return CommandResult.Forbidden;
        }

        if (note?.Length > MaxText)
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["Note"] = [l["Validation.MaxLength", MaxText]] });
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var consent = await db.DeliverableConsents.SingleOrDefaultAsync(c => c.Id == consentId && c.DepartmentId == user.DepartmentId, ct);
        if (consent is null)
        {
            return CommandResult.NotFound;
        }

        if (consent.Status != ConsentStatus.Requested)
        {
            return CommandResult.Conflict(l["Error.NotAllowedInState"]);
        }

        var now = clock.GetUtcNow();
        if (consented)
        {
            consent.Consent(user.AsActor(), now, note);
            var request = await db.Requests.WithContract()
                .SingleAsync(r => r.Id == consent.RequestId, ct);
            var sequence = await db.IssuedDocuments.CountAsync(
                d => d.RequestId == request.Id && d.Kind == Domain.Issuance.DocumentKind.DeliverableConsent, ct) + 1;
            db.IssuedDocuments.Add(issuer.IssueConsent(
                request, sequence, request.Content.Services[consent.ServiceIndex], consent.Deliverable, consent.SimilarityCheck,
                consent.DecisionNote, new Signatory(user.UserId, user.DisplayName), now));
        }
        else
        {
            consent.Decline(user.AsActor(), now, note!);
        }

        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(consent.Id);
    }
}
