using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Requests;

/// <summary>
/// Who may see which requests and contracts. Every query and command starts from these filters, so a request
/// of another company or department is simply not found.
/// </summary>
public static class RequestAccess
{
    public static IQueryable<ConfirmationRequest> VisibleTo(this IQueryable<ConfirmationRequest> requests, CurrentUser user) =>
        user switch
        {
            { IsContractor: true } => requests.Where(r => r.ContractorId == user.ContractorId),
            // Drafts are the contractor's own work in progress; the department sees what was filed.
            { IsDepartmentStaff: true } => requests.Where(r => r.DepartmentId == user.DepartmentId && RequestStatuses.Filed.Contains(r.Status)),
            _ => requests.Where(_ => false),
        };

    /// <summary>Issued documents: the request's contractor and department; procurement also reads every special specification.</summary>
    public static IQueryable<IssuedDocument> VisibleTo(this IQueryable<IssuedDocument> documents, CurrentUser user) =>
        documents.Where(d => (user.IsContractor && d.ContractorId == user.ContractorId)
                             || (user.IsDepartmentStaff && d.DepartmentId == user.DepartmentId)
                             || (user.Role == Roles.Procurement && d.Kind == DocumentKind.SpecialSpecification));

    /// <summary>The contracts a contractor may file on: its own, with the special specification attached.</summary>
    public static IQueryable<Contract> FileableBy(this IQueryable<Contract> contracts, CurrentUser user) =>
        user.IsContractor
            ? contracts.Where(c => c.ContractorId == user.ContractorId && c.SpecialSpecificationVersion != null)
            : contracts.Where(_ => false);

    /// <summary>A request with what its documents and pages name: the contract, its department and its contractor, and its route.</summary>
    public static IQueryable<ConfirmationRequest> WithContract(this IQueryable<ConfirmationRequest> requests) =>
        requests.Include(r => r.Route).Include(r => r.Contract!).ThenInclude(c => c.Department)
            .Include(r => r.Contract!).ThenInclude(c => c.Contractor);
}
