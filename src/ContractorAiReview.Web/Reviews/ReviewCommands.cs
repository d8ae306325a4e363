using ContractorAiReview.Documents;
using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Reviews;

/// <summary>A member of the department who may hold a request's current step.</summary>
public sealed record StepMember(string UserId, string Name);

/// <summary>
/// The department's work on a filed request along its route: take it (claim / release / reassign), pass it on
/// (forward / send back), decide it (confirm / return), and afterwards suspend, resume or revoke the confirmation.
/// Every move is the domain's; each handler adds what the move issues or changes besides, in the same transaction.
/// </summary>
public sealed class ReviewCommands(
    IDbContextFactory<AppDbContext> dbFactory,
    RequestPaperwork paperwork,
    DocumentIssuer issuer,
    Notifications.Notifier notifier,
    TimeProvider clock,
    ContractorAiReview.Domain.Guidelines.GuidelineLibrary guidelines,
    IStringLocalizer<Strings> l)
{
    public const int MaxReasonLength = 4000;

    /// <summary>What a confirmation issued and stands or falls with it: the notice and the consents under rule 3.</summary>
    private static readonly DocumentKind[] ConfirmationDocuments = [DocumentKind.ConfirmationNotice, DocumentKind.DeliverableConsent];

    public Task<CommandResult> ClaimAsync(CurrentUser user, int requestId, int expectedVersion, CancellationToken ct = default) =>
        MoveAsync(user, requestId, expectedVersion, RequestTrigger.Claim, (_, request, now) =>
        {
            request.Claim(user.AsActor(), now);
            return Task.CompletedTask;
        }, ct);

    public Task<CommandResult> ReleaseAsync(CurrentUser user, int requestId, int expectedVersion, CancellationToken ct = default) =>
        MoveAsync(user, requestId, expectedVersion, RequestTrigger.Release, (_, request, now) =>
        {
            request.Release(user.AsActor(), now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>Hands the task to another member of the department who may hold the step (不在・代理), with a reason.</summary>
    public async Task<CommandResult> ReassignAsync(
        CurrentUser user, int requestId, int expectedVersion, string toUserId, string? reason, CancellationToken ct = default)
    {
        if (ReasonProblem(reason) is { } invalid)
        {
            return invalid;
        }

        return await MoveAsync(user, requestId, expectedVersion, RequestTrigger.Reassign, async (db, request, now) =>
        {
            var to = (await MembersAsync(db, user, request, ct)).SingleOrDefault(m => m.UserId == toUserId)
                     ?? throw new RefusedException(CommandResult.Invalid(Errors("To", l["Review.Reassign.NotMember"])));
            request.Reassign(user.AsActor(), new Actor(to.UserId, to.Name, request.CurrentRouteStep!.Holder.ToString()), now, reason!);
            await notifier.NotifyAsync(db, request, NotificationKind.Assigned, new Recipients.Person(to.UserId), Reason(reason), ct);
        }, ct);
    }

    /// <summary>The holder passes the request to the next step of its route (e.g. to 課長 for 決裁).</summary>
    public Task<CommandResult> ForwardAsync(CurrentUser user, int requestId, int expectedVersion, CancellationToken ct = default) =>
        MoveAsync(user, requestId, expectedVersion, RequestTrigger.Forward, async (db, request, now) =>
        {
            request.Forward(user.AsActor(), now);
            await notifier.NotifyAsync(db, request, NotificationKind.ForApproval, Recipients.TheStep(request), ct: ct);
        }, ct);

    /// <summary>An approver sends the request back to the previous step inside the office; the contractor does not see the reason.</summary>
    public async Task<CommandResult> SendBackAsync(CurrentUser user, int requestId, int expectedVersion, string? reason, CancellationToken ct = default) =>
        ReasonProblem(reason) ?? await MoveAsync(user, requestId, expectedVersion, RequestTrigger.SendBack, async (db, request, now) =>
        {
            request.SendBack(user.AsActor(), now, reason!);
            await notifier.NotifyAsync(db, request, NotificationKind.SentBack, Recipients.WhoeverHolds(request)!, Reason(reason), ct);
        }, ct);

    /// <summary>
    /// The holder of the last step confirms the request (決裁) and issues its notice in the same transaction, signed with
    /// the step's title; a confirmed change supersedes the request it amends and the documents that request issued.
    /// </summary>
    public Task<CommandResult> ConfirmAsync(CurrentUser user, int requestId, int expectedVersion, CancellationToken ct = default) =>
        MoveAsync(user, requestId, expectedVersion, RequestTrigger.Confirm, async (db, request, now) =>
        {
            var signatory = Signatory.AtCurrentStep(request, user.UserId, user.DisplayName);
            var amended = request.AmendsRequestId is { } amendedId
                ? await db.Requests.Include(r => r.History).SingleAsync(r => r.Id == amendedId, ct)
                : null;
            request.Confirm(user.AsActor(), now, amended);
            if (amended is not null)
            {
                // The confirmation a change replaces stops being current, and so do the documents it issued (/verify says so).
                (await CurrentDocumentsAsync(db, amended.Id, ct)).ForEach(d => d.Supersede(now));
            }

            await paperwork.ConfirmedAsync(db, request, signatory, now, ct);
            await notifier.NotifyAsync(db, request, NotificationKind.Confirmed, Recipients.TheContractor, ct: ct);
        }, ct);

    /// <param name="items">Reasons attached to fields, services or checklist items (shown beside them and printed on the request for changes).</param>
    /// <param name="resubmitBy">The date by which to resubmit, if the department sets one.</param>
    public async Task<CommandResult> ReturnAsync(
        CurrentUser user, int requestId, int expectedVersion, string reason,
        IReadOnlyList<ReturnItem>? items = null, DateOnly? resubmitBy = null, CancellationToken ct = default)
    {
        items ??= [];
        if (ReasonProblem(reason, l["Validation.ReturnReasonRequired"]) is { } invalid)
        {
            return invalid;
        }

        if (resubmitBy is { } by && by < JapaneseDate.JapanDateOf(clock.GetUtcNow()))
        {
            return CommandResult.Invalid(Errors("ResubmitBy", l["Validation.ResubmitByPast"]));
        }

        var itemErrors = items.Select((item, i) => (i, Problem: string.IsNullOrWhiteSpace(item.Reason) ? l["Validation.ItemReasonRequired"].Value
                : item.Reason.Length > MaxReasonLength ? l["Validation.MaxLength", MaxReasonLength].Value
                : null))
            .Where(x => x.Problem is not null)
            .ToDictionary(x => $"Items[{x.i}]", x => new[] { x.Problem! });
        if (itemErrors.Count > 0)
        {
            return CommandResult.Invalid(itemErrors);
        }

        return await MoveAsync(user, requestId, expectedVersion, RequestTrigger.Return, async (db, request, now) =>
        {
            if (items.Select((item, i) => (item, i)).Where(x => !PointsIntoRequest(x.item.Target, request)).ToList() is { Count: > 0 } stale)
            {
                // A reason about something the filed request does not have (a service it does not name, a checklist item its
                // guideline lacks) is refused and named, never dropped or printed against nothing.
                throw new RefusedException(CommandResult.Invalid(stale.ToDictionary(x => $"Items[{x.i}]", _ => new[] { l["Validation.ItemTargetGone"].Value })));
            }

            var signatory = Signatory.AtCurrentStep(request, user.UserId, user.DisplayName);
            request.Return(user.AsActor(), now, reason, resubmitBy, items);
            var printed = request.ReturnItems.Select(i => new ItemReason(ReturnTargetLabels.InJapanese(i.Target, l), i.Reason)).ToList();
            await paperwork.ReturnedAsync(db, request, signatory, now, printed, ct);
            await notifier.NotifyAsync(db, request, NotificationKind.Returned, Recipients.TheContractor, ct: ct);
        }, ct);
    }

    /// <summary>Whether a returned item's target is in the request as filed: a field, one of its services, or a checklist item of its guideline.</summary>
    private bool PointsIntoRequest(ReturnTarget target, ConfirmationRequest request) => target.Kind switch
    {
        ReturnTargetKind.Field => target.Field is { } field && Enum.IsDefined(field),
        ReturnTargetKind.Service => target.ServiceIndexIn(request.Content) is not null,
        ReturnTargetKind.ChecklistItem => guidelines.Get(request.GuidelineVersion).ChecklistItems.Any(c => c.Number == target.ChecklistItem),
        _ => false,
    };

    /// <summary>Suspends the confirmation (停止); its notice reads as suspended on /verify until it is resumed.</summary>
    public async Task<CommandResult> SuspendAsync(CurrentUser user, int requestId, int expectedVersion, string? reason, CancellationToken ct = default) =>
        ReasonProblem(reason) ?? await MoveAsync(user, requestId, expectedVersion, RequestTrigger.Suspend, async (db, request, now) =>
        {
            request.Suspend(user.AsActor(), now, reason!);
            (await CurrentDocumentsAsync(db, request.Id, ct)).Where(d => ConfirmationDocuments.Contains(d.Kind)).ToList().ForEach(d => d.Suspend(now));
            await notifier.NotifyAsync(db, request, NotificationKind.Suspended, Recipients.TheContractor, ct: ct);
        }, ct);

    /// <summary>Lifts the suspension (再開): the confirmation and its notice are current again.</summary>
    public async Task<CommandResult> ResumeAsync(CurrentUser user, int requestId, int expectedVersion, string? reason, CancellationToken ct = default) =>
        ReasonProblem(reason) ?? await MoveAsync(user, requestId, expectedVersion, RequestTrigger.Resume, async (db, request, now) =>
        {
            request.Resume(user.AsActor(), now, reason!);
            (await db.IssuedDocuments.Where(d => d.RequestId == request.Id && d.Validity == DocumentValidity.Suspended).ToListAsync(ct))
                .ForEach(d => d.Resume(now));
            await notifier.NotifyAsync(db, request, NotificationKind.Resumed, Recipients.TheContractor, Reason(reason), ct);
        }, ct);

    /// <summary>
    /// Revokes the confirmation (取消), for good: its notice and consents read as revoked on /verify, and a revocation
    /// notice is issued to the contractor in the same transaction.
    /// </summary>
    public async Task<CommandResult> RevokeAsync(CurrentUser user, int requestId, int expectedVersion, string? reason, CancellationToken ct = default) =>
        ReasonProblem(reason) ?? await MoveAsync(user, requestId, expectedVersion, RequestTrigger.Revoke, async (db, request, now) =>
        {
            request.Revoke(user.AsActor(), now, reason!);
            var standing = await db.IssuedDocuments
                .Where(d => d.RequestId == request.Id && (d.Validity == DocumentValidity.Current || d.Validity == DocumentValidity.Suspended))
                .ToListAsync(ct);
            var notice = standing.Where(d => d.Kind == DocumentKind.ConfirmationNotice).Select(d => d.DocumentNumber).FirstOrDefault() ?? "—";
            standing.Where(d => ConfirmationDocuments.Contains(d.Kind)).ToList().ForEach(d => d.Revoke(now));
            db.IssuedDocuments.Add(issuer.IssueRevocationNotice(
                request, notice, Signatory.InRole(request, user.UserId, user.DisplayName, user.Role), now, reason!.Trim()));
            await notifier.NotifyAsync(db, request, NotificationKind.Revoked, Recipients.TheContractor, ct: ct);
        }, ct);

    /// <summary>The department's members who may hold the request's current step, for a reassignment.</summary>
    public async Task<IReadOnlyList<StepMember>> MembersForAsync(CurrentUser user, int requestId, CancellationToken ct = default)
    {
        if (!user.IsDepartmentStaff)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.Requests.VisibleTo(user).Include(r => r.Route).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        return request is null ? [] : await MembersAsync(db, user, request, ct);
    }

    private static async Task<IReadOnlyList<StepMember>> MembersAsync(AppDbContext db, CurrentUser user, ConfirmationRequest request, CancellationToken ct)
    {
        if (request.CurrentRouteStep is not { } step)
        {
            return [];
        }

        return await db.Users.Active()
            .Where(u => u.DepartmentId == user.DepartmentId)
            .InRole(db, step.Holder.ToString())
            .OrderBy(u => u.DisplayName)
            .Select(u => new StepMember(u.Id, u.DisplayName))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Loads the request as the person may see it, checks it is the version they saw and that the lifecycle permits
    /// the move now, applies <paramref name="move"/> and saves. A refusal changes nothing and says why.
    /// </summary>
    private async Task<CommandResult> MoveAsync(
        CurrentUser user, int requestId, int expectedVersion, RequestTrigger trigger,
        Func<AppDbContext, ConfirmationRequest, DateTimeOffset, Task> move, CancellationToken ct)
    {
        if (!user.IsDepartmentStaff)
        {
            return CommandResult.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.Requests.VisibleTo(user)
            .Include(r => r.History)
            .WithContract()
            .SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return CommandResult.NotFound;
        }

        if (request.Version != expectedVersion)
        {
            return CommandResult.Conflict(l["Error.ChangedMeanwhile"]);
        }

        if (!request.Permits(trigger))
        {
            return CommandResult.Conflict(l["Error.NotAllowedInState"]);
        }

        try
        {
            await move(db, request, clock.GetUtcNow());
        }
        catch (RefusedException refused)
        {
            return refused.Result;
        }
        catch (NotHolderException)
        {
            return CommandResult.Conflict(l["Error.NotHolder"]);
        }
        catch (DomainRuleException)
        {
            return CommandResult.Conflict(l["Error.NotAllowedInState"]);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok(request.Id, request.Version);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(e))
        {
            // Another move of this request committed first: its version, or the number of the document both would
            // issue (numbers derive from the request's), which PostgreSQL may find before the version.
            return CommandResult.Conflict(l["Error.ChangedMeanwhile"]);
        }
    }

    private CommandResult? ReasonProblem(string? reason, string? required = null) =>
        string.IsNullOrWhiteSpace(reason) ? CommandResult.Invalid(Errors("Reason", required ?? l["Validation.ReasonRequired"]))
        : reason.Length > MaxReasonLength ? CommandResult.Invalid(Errors("Reason", l["Validation.MaxLength", MaxReasonLength]))
        : null;

    private static Dictionary<string, string?> Reason(string? reason) => new() { ["Reason"] = reason?.Trim() };

    private static Dictionary<string, string[]> Errors(string key, string message) => new() { [key] = [message] };

    private static Task<List<IssuedDocument>> CurrentDocumentsAsync(AppDbContext db, int requestId, CancellationToken ct) =>
        db.IssuedDocuments.Where(d => d.RequestId == requestId && d.Validity == DocumentValidity.Current).ToListAsync(ct);

    /// <summary>A check inside a move refused it: the move's result instead of a save.</summary>
    private sealed class RefusedException(CommandResult result) : Exception
    {
        public CommandResult Result { get; } = result;
    }
}
