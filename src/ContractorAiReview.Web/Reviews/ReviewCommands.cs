using ContractorAiReview.Documents;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Reviews;

/// <summary>The department's two decisions on a filed request: confirm (確認) or return (差戻し) with reasons.</summary>
public sealed class ReviewCommands(
    IDbContextFactory<AppDbContext> dbFactory,
    RequestPaperwork paperwork,
    TimeProvider clock,
    IStringLocalizer<Strings> l)
{
    public const int MaxReasonLength = 4000;

    /// <summary>Confirms the request and issues its notice in the same transaction; a confirmed change supersedes the request it amends.</summary>
    public async Task<CommandResult> ConfirmAsync(CurrentUser user, int requestId, int expectedVersion, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (request, refusal) = await LoadForDecisionAsync(db, user, requestId, expectedVersion, RequestTrigger.Confirm, ct);
        if (request is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow();
        var amended = request.AmendsRequestId is { } amendedId
            ? await db.Requests.Include(r => r.History).SingleAsync(r => r.Id == amendedId, ct)
            : null;
        request.Confirm(user.AsActor(), now, amended);
        if (amended is not null)
        {
            // The confirmation a change replaces stops being current, and so do the documents it issued (/verify says so).
            (await db.IssuedDocuments.Where(d => d.RequestId == amended.Id && d.Validity == DocumentValidity.Current).ToListAsync(ct))
                .ForEach(d => d.Supersede(now));
        }

        await paperwork.ConfirmedAsync(db, request, Signatory(user), now, ct);
        return await SaveAsync(db, request, ct);
    }

    /// <param name="itemReasons">Reasons per item of the form, where the officer gave them (printed on the request for changes).</param>
    /// <param name="resubmitBy">The date by which to resubmit, if the department sets one.</param>
    public async Task<CommandResult> ReturnAsync(
        CurrentUser user, int requestId, int expectedVersion, string reason,
        IReadOnlyList<ItemReason>? itemReasons = null, DateOnly? resubmitBy = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["Reason"] = [l["Validation.ReturnReasonRequired"]] });
        }

        if (reason.Length > MaxReasonLength)
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["Reason"] = [l["Validation.MaxLength", MaxReasonLength]] });
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (request, refusal) = await LoadForDecisionAsync(db, user, requestId, expectedVersion, RequestTrigger.Return, ct);
        if (request is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow();
        if (resubmitBy is { } by && by < Domain.Calendar.JapaneseDate.JapanDateOf(now))
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["ResubmitBy"] = [l["Validation.ResubmitByPast"]] });
        }

        request.Return(user.AsActor(), now, reason, resubmitBy);
        await paperwork.ReturnedAsync(db, request, Signatory(user), now, itemReasons ?? [], ct);
        return await SaveAsync(db, request, ct);
    }

    private async Task<(ConfirmationRequest? Request, CommandResult? Refusal)> LoadForDecisionAsync(
        AppDbContext db, CurrentUser user, int requestId, int expectedVersion, RequestTrigger trigger, CancellationToken ct)
    {
        if (!user.IsOfficer)
        {
            return (null, CommandResult.Forbidden);
        }

        var request = await db.Requests.VisibleTo(user)
            .Include(r => r.History)
            .WithContract()
            .SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return (null, CommandResult.NotFound);
        }

        if (request.Version != expectedVersion)
        {
            return (null, CommandResult.Conflict(l["Error.ChangedMeanwhile"]));
        }

        return request.Permits(trigger)
            ? (request, null)
            : (null, CommandResult.Conflict(l["Error.NotAllowedInState"]));
    }

    private static Signatory Signatory(CurrentUser user) => new(user.UserId, user.DisplayName);

    private async Task<CommandResult> SaveAsync(AppDbContext db, ConfirmationRequest request, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok(request.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Conflict(l["Error.ChangedMeanwhile"]);
        }
    }
}
