using Microsoft.AspNetCore.Identity;

namespace ContractorAiReview.Web.Account;

/// <summary>A person who signs in. A contractor user belongs to one company, an officer to one department.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? ContractorId { get; set; }
    public int? DepartmentId { get; set; }

    /// <summary>The UI language the person chose: "ja" (default) or "en".</summary>
    public string Culture { get; set; } = "ja";

    /// <summary>Disabled by an administrator: cannot sign in, and every open session ends.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set when an administrator chose the password (a new staff user, a reset): the person must replace it first.</summary>
    public bool MustChangePassword { get; set; }
}
