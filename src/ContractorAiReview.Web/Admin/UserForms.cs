using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Admin;

/// <summary>A city staff member's account: officers and approvers belong to a department, procurement and administrators to the city.</summary>
public sealed class StaffForm
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = Roles.DepartmentOfficer;
    public int? DepartmentId { get; set; }

    /// <summary>The roles an administrator gives to staff; contractor people come by invitation.</summary>
    public static readonly IReadOnlyList<string> StaffRoles = [Roles.DepartmentOfficer, Roles.Approver, Roles.Procurement, Roles.Administrator];

    public static bool NeedsDepartment(string role) => Roles.DepartmentStaff.Contains(role);
}

public sealed class StaffFormValidator : AbstractValidator<StaffForm>
{
    public StaffFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"])
            .MaximumLength(256).WithMessage(_ => l["Validation.MaxLength", 256])
            .EmailAddress().WithMessage(_ => l["Validation.Email"]);
        RuleFor(f => f.DisplayName).Cascade(CascadeMode.Stop).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"])
            .MaximumLength(100).WithMessage(_ => l["Validation.MaxLength", 100]);
        RuleFor(f => f.Role).Must(r => StaffForm.StaffRoles.Contains(r)).WithMessage(_ => l["Validation.Required"]);
        RuleFor(f => f.DepartmentId).NotNull().When(f => StaffForm.NeedsDepartment(f.Role)).WithMessage(_ => l["Validation.Required"]);
    }
}

/// <summary>An invitation for one person of one contractor company.</summary>
public sealed class InviteForm
{
    public int? ContractorId { get; set; }
    public string Email { get; set; } = "";
}

public sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(f => f.ContractorId).NotNull().WithMessage(_ => l["Validation.Required"]);
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"])
            .MaximumLength(256).WithMessage(_ => l["Validation.MaxLength", 256])
            .EmailAddress().WithMessage(_ => l["Validation.Email"]);
    }
}
