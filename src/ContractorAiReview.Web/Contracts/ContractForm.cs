using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Contracts;

/// <summary>What procurement enters for a contract or designated-management agreement (the register form, one CSV row).</summary>
public sealed class ContractForm
{
    public string Name { get; set; } = "";
    public ContractKind Kind { get; set; }
    public ContractType Type { get; set; }
    public string ContractNumber { get; set; } = "";

    /// <summary>The fiscal year of conclusion as its Gregorian start year (2026 = 令和8年度).</summary>
    public int FiscalYear { get; set; }

    public int? DepartmentId { get; set; }
    public int? ContractorId { get; set; }
    public DateOnly? TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }

    public static ContractForm From(Contract contract) => new()
    {
        Name = contract.Name,
        Kind = contract.Kind,
        Type = contract.Type,
        ContractNumber = contract.ContractNumber ?? "",
        FiscalYear = contract.FiscalYear,
        DepartmentId = contract.DepartmentId,
        ContractorId = contract.ContractorId,
        TermStart = contract.TermStart,
        TermEnd = contract.TermEnd,
    };

    public void ApplyTo(Contract contract)
    {
        contract.Name = Name.Trim();
        contract.Kind = Kind;
        contract.Type = Type;
        contract.ContractNumber = ContractNumber.Trim();
        contract.FiscalYear = FiscalYear;
        contract.DepartmentId = DepartmentId!.Value;
        contract.ContractorId = ContractorId!.Value;
        contract.TermStart = TermStart;
        contract.TermEnd = TermEnd;
    }
}

/// <summary>
/// The one validator of <see cref="ContractForm"/>: the register's MudForm runs it field by field, the handler and the
/// CSV import run it again. What needs the database (a duplicate number, an inactive department) the handler adds.
/// </summary>
public sealed class ContractFormValidator : AbstractValidator<ContractForm>
{
    public const int NameLength = 300;
    public const int NumberLength = 50;

    /// <summary>Fiscal years from 平成元年度 on; a contract concluded earlier is not in any register this system serves.</summary>
    public const int FirstFiscalYear = 1989;
    public const int LastFiscalYear = 2100;

    public ContractFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"])
            .MaximumLength(NameLength).WithMessage(_ => l["Validation.MaxLength", NameLength]);
        RuleFor(c => c.ContractNumber).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"])
            .MaximumLength(NumberLength).WithMessage(_ => l["Validation.MaxLength", NumberLength]);
        RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => l["Validation.Required"]);
        RuleFor(c => c.Type).IsInEnum().WithMessage(_ => l["Validation.Required"]);
        RuleFor(c => c.FiscalYear).InclusiveBetween(FirstFiscalYear, LastFiscalYear)
            .WithMessage(_ => l["Validation.FiscalYearRange", FirstFiscalYear, LastFiscalYear]);
        RuleFor(c => c.DepartmentId).NotNull().WithMessage(_ => l["Validation.Required"]);
        RuleFor(c => c.ContractorId).NotNull().WithMessage(_ => l["Validation.Required"]);
        RuleFor(c => c.TermEnd)
            .Must((c, end) => c.TermStart is not { } start || end is not { } last || last >= start)
            .WithMessage(_ => l["Validation.TermEndBeforeStart"]);
    }

    /// <summary>Errors keyed by property name, as <see cref="CommandResult"/> carries them.</summary>
    public Dictionary<string, string[]> ErrorsOf(ContractForm form) => Components.Shared.FormCheck<ContractForm>.ErrorsOf(this, form);
}
