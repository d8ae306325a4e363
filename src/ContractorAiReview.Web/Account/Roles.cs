namespace ContractorAiReview.Web.Account;

public static class Roles
{
    /// <summary>受注者・指定管理者: files and amends requests for its own company's contracts.</summary>
    public const string Contractor = "Contractor";
    /// <summary>業務所管部署の職員: reviews its department's requests.</summary>
    public const string DepartmentOfficer = "DepartmentOfficer";
    /// <summary>決裁者 (課長, 局長): approves its department's requests at the route's approval steps.</summary>
    public const string Approver = "Approver";
    /// <summary>契約担当: contracts and their special specifications.</summary>
    public const string Procurement = "Procurement";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Contractor, DepartmentOfficer, Approver, Procurement, Administrator];

    /// <summary>The roles that belong to a department and work its requests.</summary>
    public static readonly IReadOnlyList<string> DepartmentStaff = [DepartmentOfficer, Approver];

    /// <summary>For [Authorize(Roles = ...)]: a department's officers and approvers.</summary>
    public const string DepartmentStaffList = DepartmentOfficer + "," + Approver;

    /// <summary>City staff: they sign in with a password and an authenticator app (two-step sign-in is required).</summary>
    public static readonly IReadOnlyList<string> Staff = [DepartmentOfficer, Approver, Procurement, Administrator];
}
