using ContractorAiReview.Domain.Organisations;
using ContractorAiReview.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Admin;

/// <summary>A department (発注者): bureau and section kept apart; the name people see is the domain's Name.</summary>
public sealed class DepartmentForm
{
    public string Bureau { get; set; } = "";
    public string Section { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>標準処理期間 in business days: the decision date a filed request is given.</summary>
    public int StandardProcessingDays { get; set; } = Department.DefaultStandardProcessingDays;

    public static DepartmentForm From(Department d) => new()
    {
        Bureau = d.Bureau, Section = d.Section, Phone = d.Phone, Email = d.Email, StandardProcessingDays = d.StandardProcessingDays,
    };

    public void ApplyTo(Department d)
    {
        d.Bureau = Bureau.Trim();
        d.Section = Section.Trim();
        d.Phone = Blank(Phone);
        d.Email = Blank(Email);
        d.StandardProcessingDays = StandardProcessingDays;
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class DepartmentFormValidator : AbstractValidator<DepartmentForm>
{
    public DepartmentFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(f => f.Bureau).Cascade(CascadeMode.Stop).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"])
            .MaximumLength(100).WithMessage(_ => l["Validation.MaxLength", 100]);
        RuleFor(f => f.Section).Cascade(CascadeMode.Stop).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"])
            .MaximumLength(100).WithMessage(_ => l["Validation.MaxLength", 100]);
        RuleFor(f => f.Phone).MaximumLength(40).WithMessage(_ => l["Validation.MaxLength", 40])
            .Matches(@"^[0-9０-９\-‐－() +]*$").WithMessage(_ => l["Validation.Phone"]);
        RuleFor(f => f.Email).MaximumLength(256).WithMessage(_ => l["Validation.MaxLength", 256])
            .EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage(_ => l["Validation.Email"]);
        RuleFor(f => f.StandardProcessingDays).InclusiveBetween(1, Department.MaxStandardProcessingDays)
            .WithMessage(_ => l["Validation.Between", 1, Department.MaxStandardProcessingDays]);
    }
}

/// <summary>A contractor company (受注者) or designated manager (指定管理者).</summary>
public sealed class CompanyForm
{
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public string RepresentativeTitle { get; set; } = "";
    public string RepresentativeName { get; set; } = "";
    public string? CorporateNumber { get; set; }
    public bool IsDesignatedManager { get; set; }

    public static CompanyForm From(Contractor c) => new()
    {
        Name = c.Name, Address = c.Address, RepresentativeTitle = c.RepresentativeTitle, RepresentativeName = c.RepresentativeName,
        CorporateNumber = c.CorporateNumber, IsDesignatedManager = c.IsDesignatedManager,
    };

    public void ApplyTo(Contractor c)
    {
        c.Name = Name.Trim();
        c.Address = Address.Trim();
        c.RepresentativeTitle = RepresentativeTitle.Trim();
        c.RepresentativeName = RepresentativeName.Trim();
        c.CorporateNumber = DepartmentForm.Blank(CorporateNumber);
        c.IsDesignatedManager = IsDesignatedManager;
    }

    public Contractor ToNew()
    {
        var company = new Contractor { Name = "", Address = "", RepresentativeTitle = "", RepresentativeName = "" };
        ApplyTo(company);
        return company;
    }
}

public sealed class CompanyFormValidator : AbstractValidator<CompanyForm>
{
    public CompanyFormValidator(IStringLocalizer<Strings> l)
    {
        foreach (var (field, length) in new (System.Linq.Expressions.Expression<Func<CompanyForm, string>>, int)[]
                 {
                     (f => f.Name, 200), (f => f.Address, 300), (f => f.RepresentativeTitle, 100), (f => f.RepresentativeName, 100),
                 })
        {
            RuleFor(field).Cascade(CascadeMode.Stop).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"])
                .MaximumLength(length).WithMessage(_ => l["Validation.MaxLength", length]);
        }

        RuleFor(f => f.CorporateNumber)
            .Must(n => Domain.Organisations.CorporateNumber.IsValid(n!.Trim()))
            .When(f => !string.IsNullOrWhiteSpace(f.CorporateNumber))
            .WithMessage(_ => l["Validation.CorporateNumber"]);
    }
}
