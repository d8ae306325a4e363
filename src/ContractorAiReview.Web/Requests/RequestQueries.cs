using System.Linq.Expressions;
using ContractorAiReview.Domain.Changes;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Requests;

public sealed record RequestRow(
    int Id, string Number, RequestKind Kind, RequestStatus Status, string ContractName, string ContractorName,
    string DepartmentName, DateTimeOffset CreatedAtUtc, DateTimeOffset? SubmittedAtUtc, DateOnly? DecisionDueOn)
{
    public bool IsOverdueOn(DateOnly today) => ConfirmationRequest.IsOverdue(Status, DecisionDueOn, today);
}

public sealed record RequestDetail(
    ConfirmationRequest Request,
    Contract Contract,
    string DepartmentName,
    string ContractorName,
    AmendedRequest? Amended,
    IReadOnlyList<IssuedDocumentRow> Documents,
    IReadOnlyList<RequestTransition> History,
    OpenChange? OpenChange = null)
{
    public string? AmendedRequestNumber => Amended?.Number;

    /// <summary>For a change request: what differs from the confirmed request it amends.</summary>
    public ContentDiff? ChangeDiff => Amended is { } amended ? ContentDiff.Between(amended.Content, Request.Content) : null;

    /// <summary>After a resubmission: the last return's items, each with whether it was changed.</summary>
    public IReadOnlyList<ReturnedItemAnswer>? ReturnFollowUp => Domain.Changes.ReturnFollowUp.Of(Request);
}

/// <summary>The confirmed request a change amends, as far as the change's page needs it.</summary>
public sealed record AmendedRequest(int Id, string Number, RequestContent Content, string GuidelineVersion);

/// <summary>A change of a confirmed request being written or reviewed (only one at a time).</summary>
public sealed record OpenChange(int Id, string Number);

public sealed record IssuedDocumentRow(int Id, DocumentKind Kind, string DocumentNumber, DateTimeOffset IssuedAtUtc, DocumentValidity Validity);

/// <summary>What waits on the contractor: a returned request (with the date to resubmit by) or a draft not yet filed.</summary>
public sealed record ContractorTask(int Id, string Number, string ContractName, RequestStatus Status, DateOnly? ResubmitBy, DateTimeOffset CreatedAtUtc);

/// <summary>A contract the contractor may file on; where a confirmation is in force, its request (a change goes through it).</summary>
public sealed record FileableContract(int Id, string Name, ContractKind Kind, int FiscalYear, string DepartmentName, int? ConfirmedRequestId = null, string? ConfirmedRequestNumber = null);

/// <summary>The columns the request lists sort by (<see cref="RequestQueries.ListAsync"/>).</summary>
public static class RequestSort
{
    public const string Number = "number";
    public const string Contract = "contract";
    public const string Contractor = "contractor";
    public const string Kind = "kind";
    public const string Status = "status";
    /// <summary>Filed (the department's list) or created (the contractor's).</summary>
    public const string Date = "date";
    public const string DecisionDueOn = "decisionDue";

    internal static readonly SortColumns<ConfirmationRequest> ByCreation = Columns(r => r.CreatedAtUtc);
    // The department sees filed requests only, and a filed request keeps its first filing's time: never null here, so the
    // index (department, filed at) gives the order without sorting the department's rows.
    internal static readonly SortColumns<ConfirmationRequest> ByFiling = Columns(r => r.SubmittedAtUtc!.Value);

    private static SortColumns<ConfirmationRequest> Columns(Expression<Func<ConfirmationRequest, DateTimeOffset>> date) => new SortColumns<ConfirmationRequest>()
        .Add(Number, r => r.Number)
        .Add(Contract, r => r.Contract!.Name)
        .Add(Contractor, r => r.Contract!.Contractor!.Name)
        .Add(Kind, r => r.Kind)
        .Add(Status, r => r.Status)
        .Add(Date, date)
        .Add(DecisionDueOn, r => r.DecisionDueOn)
        .Default(Date, descending: true)
        .ThenBy(r => r.Id);
}

/// <summary>Reads requests as the person may see them (<see cref="RequestAccess"/>).</summary>
public sealed class RequestQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>
    /// A page of the person's requests: a contractor's company's, or an officer's department's filed ones, newest first by
    /// the date that matters to the reader (filing for the department, creation for the contractor) unless sorted otherwise.
    /// </summary>
    public async Task<Page<RequestRow>> ListAsync(CurrentUser user, RequestStatus? status, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Requests.VisibleTo(user);
        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        return await query.ToPageAsync(
            page, user.IsDepartmentStaff ? RequestSort.ByFiling : RequestSort.ByCreation,
            r => new RequestRow(
                r.Id, r.Number, r.Kind, r.Status, r.Contract!.Name, r.Contract.Contractor!.Name,
                r.Contract.Department!.Name, r.CreatedAtUtc, r.SubmittedAtUtc, r.DecisionDueOn),
            ct);
    }

    public async Task<RequestDetail?> GetAsync(CurrentUser user, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.Requests.VisibleTo(user)
            .AsNoTracking()
            .Include(r => r.History)
            .Include(r => r.Submissions.OrderBy(s => s.SubmittedAtUtc).ThenBy(s => s.Id))
            .WithContract()
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return null;
        }

        var amended = request.AmendsRequestId is { } amendedId
            ? await db.Requests.Where(r => r.Id == amendedId)
                .Select(r => new AmendedRequest(r.Id, r.Number, r.Content, r.GuidelineVersion)).SingleAsync(ct)
            : null;
        var openChange = request.IsInForce
            ? await db.Requests.VisibleTo(user).Where(r => r.AmendsRequestId == id && RequestStatuses.Open.Contains(r.Status))
                .Select(r => new OpenChange(r.Id, r.Number)).FirstOrDefaultAsync(ct)
            : null;
        var documents = await db.IssuedDocuments
            .Where(d => d.RequestId == id)
            .OrderBy(d => d.IssuedAtUtc)
            .Select(d => new IssuedDocumentRow(d.Id, d.Kind, d.DocumentNumber, d.IssuedAtUtc, d.Validity))
            .ToListAsync(ct);
        var contract = request.Contract!;
        // The office's own moves (who took it, forwarded or sent it back, and why) are the department's to see.
        var history = request.History.Where(h => user.IsDepartmentStaff || !h.IsOfficeOnly).OrderBy(h => h.OccurredAtUtc).ThenBy(h => h.Id).ToList();
        return new RequestDetail(request, contract, contract.Department!.Name, contract.Contractor!.Name, amended, documents, history, openChange);
    }

    /// <summary>The contractor's to-do list: returned requests first, the nearest resubmit-by date first, then drafts.</summary>
    public async Task<IReadOnlyList<ContractorTask>> ContractorTasksAsync(CurrentUser user, CancellationToken ct = default)
    {
        if (!user.IsContractor)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Requests.VisibleTo(user)
            .Where(r => RequestStatuses.Editable.Contains(r.Status))
            .Select(r => new ContractorTask(r.Id, r.Number, r.Contract!.Name, r.Status, r.ResubmitBy, r.CreatedAtUtc))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => RequestStatuses.NeverFiled.Contains(r.Status)).ThenBy(r => r.ResubmitBy ?? DateOnly.MaxValue).ThenByDescending(r => r.CreatedAtUtc)];
    }

    public async Task<IReadOnlyList<FileableContract>> FileableContractsAsync(CurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Contracts.FileableBy(user)
            .OrderByDescending(c => c.FiscalYear).ThenBy(c => c.Name)
            .Select(c => new FileableContract(c.Id, c.Name, c.Kind, c.FiscalYear, c.Department!.Name,
                db.Requests.Where(r => r.ContractId == c.Id && RequestStatuses.InForce.Contains(r.Status)).Select(r => (int?)r.Id).FirstOrDefault(),
                db.Requests.Where(r => r.ContractId == c.Id && RequestStatuses.InForce.Contains(r.Status)).Select(r => r.Number).FirstOrDefault()))
            .ToListAsync(ct);
    }

    /// <summary>A blank form for a contract, with the company's details filled in as the cover page needs them.</summary>
    public async Task<RequestContent?> NewContentAsync(CurrentUser user, int contractId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contract = await db.Contracts.FileableBy(user).Include(c => c.Contractor).SingleOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract?.Contractor is not { } company)
        {
            return null;
        }

        return new RequestContent
        {
            ContractorAddress = company.Address,
            ContractorName = company.Name,
            RepresentativeTitleAndName = $"{company.RepresentativeTitle}　{company.RepresentativeName}",
            ContactName = user.DisplayName,
        };
    }
}
