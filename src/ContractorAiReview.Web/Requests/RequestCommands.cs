using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Requests;

/// <summary>What a contractor does with its requests: start one, save a draft, file it, start a change.</summary>
public sealed class RequestCommands(
    IDbContextFactory<AppDbContext> dbFactory,
    GuidelineLibrary guidelines,
    Catalogue.RequestScreening screening,
    Documents.RequestPaperwork paperwork,
    Notifications.Notifier notifier,
    TimeProvider clock,
    IStringLocalizer<Strings> l)
{
    public async Task<CommandResult> CreateDraftAsync(CurrentUser user, int contractId, RequestContent content, CancellationToken ct = default)
    {
        if (!user.IsContractor)
        {
            return CommandResult.Forbidden;
        }

        var invalid = Validate(content, submitting: false);
        if (invalid is not null)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contract = await db.Contracts.FileableBy(user).SingleOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null)
        {
            return CommandResult.NotFound;
        }

        // Rule 1: a confirmed use changes only through a change request (区分: 変更), never a second 新規.
        if (await db.Requests.Where(r => r.ContractId == contractId && RequestStatuses.InForce.Contains(r.Status))
                .Select(r => r.Number).FirstOrDefaultAsync(ct) is { } confirmedNumber)
        {
            return CommandResult.Conflict(l["Error.ConfirmedExists", confirmedNumber]);
        }

        var now = clock.GetUtcNow();
        return await SaveNewAsync(db, now, number => ConfirmationRequest.CreateNew(
            contract, number, guidelines.Current.Key, content, user.AsActor(), now), ct);
    }

    public async Task<CommandResult> SaveDraftAsync(CurrentUser user, int requestId, int expectedVersion, RequestContent content, CancellationToken ct = default) =>
        await ChangeAsync(user, requestId, expectedVersion, content, submit: false, ct);

    /// <summary>Saves the answers and files the request (a returned request is resubmitted). The full validator runs here again.</summary>
    public async Task<CommandResult> SubmitAsync(CurrentUser user, int requestId, int expectedVersion, RequestContent content, CancellationToken ct = default) =>
        await ChangeAsync(user, requestId, expectedVersion, content, submit: true, ct);

    /// <summary>Starts a change request (区分: 変更) from a confirmed request; refused while another change of it is open.</summary>
    public async Task<CommandResult> CreateChangeAsync(CurrentUser user, int confirmedRequestId, CancellationToken ct = default)
    {
        if (!user.IsContractor)
        {
            return CommandResult.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var confirmed = await db.Requests.VisibleTo(user).SingleOrDefaultAsync(r => r.Id == confirmedRequestId, ct);
        if (confirmed is null)
        {
            return CommandResult.NotFound;
        }

        if (!confirmed.IsInForce)
        {
            return CommandResult.Conflict(l["Error.OnlyConfirmedCanChange"]);
        }

        var openChange = await db.Requests
            .Where(r => r.AmendsRequestId == confirmed.Id && RequestStatuses.Open.Contains(r.Status))
            .Select(r => r.Number)
            .FirstOrDefaultAsync(ct);
        if (openChange is not null)
        {
            return CommandResult.Conflict(l["Error.ChangeAlreadyOpen", openChange]);
        }

        var now = clock.GetUtcNow();
        return await SaveNewAsync(db, now, number => confirmed.CreateChange(number, guidelines.Current.Key, user.AsActor(), now), ct);
    }

    /// <summary>
    /// The contractor withdraws a filed request (取下げ) before the department's decision, with a reason; it stays,
    /// read-only, in the lists and with its history. A second withdrawal of the same request is refused as stale.
    /// </summary>
    public async Task<CommandResult> WithdrawAsync(CurrentUser user, int requestId, int expectedVersion, string? reason, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (request, refusal) = await OwnRequestAsync(db, user, requestId, expectedVersion, q => q.Include(r => r.History).WithContract(), ct);
        if (request is null)
        {
            return refusal!;
        }

        if (!request.IsWithdrawable)
        {
            return CommandResult.Conflict(l["Error.NotWithdrawable"]);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["Reason"] = [l["Validation.Required"]] });
        }

        if (reason.Length > RequestContentValidator.LongText)
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["Reason"] = [l["Validation.MaxLength", RequestContentValidator.LongText]] });
        }

        // Whoever works it now hears of it (nobody while it was returned).
        var department = Notifications.Recipients.WhoeverHolds(request);
        request.Withdraw(user.AsActor(), clock.GetUtcNow(), reason);
        if (department is not null)
        {
            await notifier.NotifyAsync(db, request, Notifications.NotificationKind.Withdrawn, department,
                new Dictionary<string, string?> { ["Reason"] = reason.Trim() }, ct);
        }

        return await SaveAsync(db, request, ct);
    }

    /// <summary>Deletes a draft that was never submitted: nothing of it reached the department.</summary>
    public async Task<CommandResult> DeleteDraftAsync(CurrentUser user, int requestId, int expectedVersion, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (request, refusal) = await OwnRequestAsync(db, user, requestId, expectedVersion, q => q, ct);
        if (request is null)
        {
            return refusal!;
        }

        if (!request.IsDeletable)
        {
            return CommandResult.Conflict(l["Error.NotDeletable"]);
        }

        db.Requests.Remove(request);
        return await SaveAsync(db, request, ct);
    }

    /// <summary>
    /// The contractor's own request as they last saw it, or why not: not a contractor (forbidden), not their company's
    /// (not found), changed since they loaded it (conflict).
    /// </summary>
    private async Task<(ConfirmationRequest? Request, CommandResult? Refusal)> OwnRequestAsync(
        AppDbContext db, CurrentUser user, int requestId, int expectedVersion,
        Func<IQueryable<ConfirmationRequest>, IQueryable<ConfirmationRequest>> include, CancellationToken ct)
    {
        if (!user.IsContractor)
        {
            return (null, CommandResult.Forbidden);
        }

        var request = await include(db.Requests.VisibleTo(user)).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        return request is null ? (null, CommandResult.NotFound)
            : request.Version != expectedVersion ? (null, CommandResult.Conflict(l["Error.ChangedMeanwhile"]))
            : (request, null);
    }

    private async Task<CommandResult> SaveAsync(AppDbContext db, ConfirmationRequest request, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Conflict(l["Error.ChangedMeanwhile"]);
        }

        return CommandResult.Ok(request.Id, request.Version);
    }

    private async Task<CommandResult> ChangeAsync(
        CurrentUser user, int requestId, int expectedVersion, RequestContent content, bool submit, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (request, refusal) = await OwnRequestAsync(db, user, requestId, expectedVersion, q => q.Include(r => r.History).WithContract(), ct);
        if (request is null)
        {
            return refusal!;
        }

        if (!request.IsEditable)
        {
            return CommandResult.Conflict(l["Error.NotEditable"]);
        }

        var invalid = Validate(content, submit, guidelines.Get(request.GuidelineVersion), request.Kind == RequestKind.Change);
        if (invalid is not null)
        {
            return invalid;
        }

        request.UpdateContent(content);
        if (submit)
        {
            var now = clock.GetUtcNow();
            var department = request.Contract!.Department!;
            var route = await Reviews.ApprovalRoutes.ForFilingAsync(db, department, user.UserId, now, ct);
            request.Submit(user.AsActor(), now, department.StandardProcessingDays, route);
            await paperwork.SubmittedAsync(db, request, new Documents.Signatory(user.UserId, user.DisplayName), now, ct);
            await notifier.NotifyAsync(db, request, Notifications.NotificationKind.Received, Notifications.Recipients.TheContractor, ct: ct);
            await notifier.NotifyAsync(db, request, Notifications.NotificationKind.NewTask, Notifications.Recipients.TheStep(request), ct: ct);
        }

        return await SaveAsync(db, request, ct);
    }

    private CommandResult? Validate(RequestContent content, bool submitting, Guideline? guideline = null, bool isChange = false)
    {
        guideline ??= guidelines.Current;
        var validator = RequestContentValidator.For(l, guideline, isChange, screening);
        var result = validator.Validate(content, options =>
        {
            if (submitting)
            {
                options.IncludeRuleSets(RequestContentValidator.SubmitRuleSet).IncludeRulesNotInRuleSet();
            }
        });
        return result.IsValid
            ? null
            : CommandResult.Invalid(result.Errors
                .GroupBy(e => e.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
    }

    private static async Task<CommandResult> SaveNewAsync(
        AppDbContext db, DateTimeOffset now, Func<string, ConfirmationRequest> create, CancellationToken ct)
    {
        // Two contractors may take the same number at once; the unique index makes the loser try the next one.
        for (var attempt = 0; ; attempt++)
        {
            var request = create(await RequestNumbers.NextAsync(db, now, ct));
            db.Requests.Add(request);
            try
            {
                await db.SaveChangesAsync(ct);
                return CommandResult.Ok(request.Id, request.Version);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.Entry(request).State = EntityState.Detached;
            }
        }
    }
}
