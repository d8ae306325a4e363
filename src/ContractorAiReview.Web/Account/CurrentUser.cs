using System.Globalization;
using System.Security.Claims;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Web.Account;

/// <summary>
/// Who is acting, with the organisation that limits what they see. Built from the signed-in principal by the page
/// or endpoint and handed to every handler, which applies the access rules itself.
/// </summary>
public sealed record CurrentUser(string UserId, string DisplayName, string Role, int? ContractorId, int? DepartmentId)
{
    public const string ContractorIdClaim = "car:contractor";
    public const string DepartmentIdClaim = "car:department";
    public const string DisplayNameClaim = "car:name";

    public bool IsContractor => Role == Roles.Contractor && ContractorId is not null;
    /// <summary>An officer or approver of a department: sees and works its filed requests.</summary>
    public bool IsDepartmentStaff => Roles.DepartmentStaff.Contains(Role) && DepartmentId is not null;

    public Actor AsActor() => new(UserId, DisplayName, Role);

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = Roles.All.FirstOrDefault(principal.IsInRole);
        if (id is null || role is null)
        {
            return null;
        }

        return new CurrentUser(
            id,
            principal.FindFirstValue(DisplayNameClaim) ?? principal.Identity.Name ?? id,
            role,
            ParseId(principal.FindFirstValue(ContractorIdClaim)),
            ParseId(principal.FindFirstValue(DepartmentIdClaim)));
    }

    private static int? ParseId(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
