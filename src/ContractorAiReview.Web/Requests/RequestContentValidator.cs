using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Catalogue;
using ContractorAiReview.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Requests;

/// <summary>
/// The one validator of the request form. Lengths always apply (a draft is saved with them); completeness
/// applies when the request is filed (<see cref="SubmitRuleSet"/>). The form runs it field by field through
/// MudForm (<see cref="ValidateValue"/>, only the property MudForm asks about); the handler runs it whole on the server
/// before submitting. Every rule of filing is here once, including the two that need more than the answers: the
/// checklist of the request's guideline version, and the pre-screen's blockers, which need changing or explaining.
/// </summary>
public sealed class RequestContentValidator : AbstractValidator<RequestContent>
{
    public const string SubmitRuleSet = "Submit";
    public const int ShortText = 200;
    public const int LongText = 5000;

    /// <summary>The validator of a request under <paramref name="guideline"/>: the form and the handler build it here.</summary>
    public static RequestContentValidator For(IStringLocalizer<Strings> l, Guideline guideline, bool isChange, RequestScreening screening) =>
        new(l, [.. guideline.ChecklistItems.Select(i => i.Number)], isChange,
            hasBlockers: content => screening.Screen(content, guideline.Key).HasBlockers);

    /// <summary>MudForm's hook: validates only the property it asks about, with filing's rules (a draft field the person touched).</summary>
    public Func<object, string, Task<IEnumerable<string>>> ValidateValue => async (model, propertyName) =>
        AiServiceUseValidator.Messages(await ValidateAsync(ValidationContext<RequestContent>.CreateWithOptions((RequestContent)model,
            o => o.IncludeProperties(propertyName).IncludeRuleSets(SubmitRuleSet).IncludeRulesNotInRuleSet())), propertyName);

    /// <summary>Every error of a filing, by property path (Services[0].ServiceName, ...), as the server reports them.</summary>
    public Dictionary<string, string[]> ErrorsOfFiling(RequestContent content) =>
        this.Validate(content, o => o.IncludeRuleSets(SubmitRuleSet).IncludeRulesNotInRuleSet())
            .Errors.GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>Whether filing requires the property (the form marks it 必須 and aria-required).</summary>
    public bool Requires(string propertyName) => _required.Contains(propertyName);

    private readonly HashSet<string> _required = [];

    /// <param name="checklist">The numbers of the checklist items of the request's guideline version.</param>
    /// <param name="isChange">A change request (区分: 変更), which also says what changes and why.</param>
    /// <param name="hasBlockers">Whether the pre-screen finds a blocker in the answers (then an explanation is required).</param>
    public RequestContentValidator(IStringLocalizer<Strings> l, IReadOnlyCollection<int> checklist, bool isChange = false,
        Func<RequestContent, bool>? hasBlockers = null)
    {
        RuleFor(c => c.ContractorAddress).MaximumLength(ShortText).WithMessage(_ => l["Validation.MaxLength", ShortText]);
        RuleFor(c => c.ContractorName).MaximumLength(ShortText).WithMessage(_ => l["Validation.MaxLength", ShortText]);
        RuleFor(c => c.RepresentativeTitleAndName).MaximumLength(ShortText).WithMessage(_ => l["Validation.MaxLength", ShortText]);
        RuleForEach(c => c.Subcontractors).MaximumLength(ShortText).WithMessage(_ => l["Validation.MaxLength", ShortText]);
        RuleFor(c => c.Attachments.Count).LessThanOrEqualTo(RequestContent.AttachmentLimit)
            .OverridePropertyName(nameof(RequestContent.Attachments)).WithMessage(_ => l["Attachments.TooMany", RequestContent.AttachmentLimit]);
        RuleFor(c => c.ContactDepartment).MaximumLength(ShortText).WithMessage(_ => l["Validation.MaxLength", ShortText]);
        RuleFor(c => c.ContactName).MaximumLength(ShortText).WithMessage(_ => l["Validation.MaxLength", ShortText]);
        RuleFor(c => c.ContactPhone).MaximumLength(40).WithMessage(_ => l["Validation.MaxLength", 40]);
        RuleFor(c => c.ContactFax).MaximumLength(40).WithMessage(_ => l["Validation.MaxLength", 40]);
        RuleFor(c => c.ScreeningJustification).MaximumLength(LongText).WithMessage(_ => l["Validation.MaxLength", LongText]);
        foreach (var longField in new System.Linq.Expressions.Expression<Func<RequestContent, string>>[]
                 {
                     c => c.Business, c => c.Purpose, c => c.Method, c => c.ScopeOfUsers,
                     c => c.SecurityManagement, c => c.UsageLogManagement, c => c.LegalCompliance,
                 })
        {
            RuleFor(longField).MaximumLength(LongText).WithMessage(_ => l["Validation.MaxLength", LongText]);
        }

        RuleFor(c => c.ChangeDescription).MaximumLength(LongText).WithMessage(_ => l["Validation.MaxLength", LongText]);
        RuleFor(c => c.ChangeReason).MaximumLength(LongText).WithMessage(_ => l["Validation.MaxLength", LongText]);

        // The child validator runs with the same rule sets as this one.
        RuleForEach(c => c.Services).SetValidator(new AiServiceUseValidator(l));

        RuleSet(SubmitRuleSet, () =>
        {
            foreach (var required in new System.Linq.Expressions.Expression<Func<RequestContent, string>>[]
                     {
                         c => c.ContractorAddress, c => c.ContractorName, c => c.RepresentativeTitleAndName,
                         c => c.Business, c => c.Purpose, c => c.Method, c => c.ScopeOfUsers,
                         c => c.SecurityManagement, c => c.UsageLogManagement, c => c.LegalCompliance,
                         c => c.ContactDepartment, c => c.ContactName, c => c.ContactPhone,
                     })
            {
                RuleFor(required).NotEmpty().WithMessage(_ => l["Validation.Required"]);
                _required.Add(((System.Linq.Expressions.MemberExpression)required.Body).Member.Name);
            }

            if (isChange)
            {
                RuleFor(c => c.ChangeDescription).NotEmpty().WithMessage(_ => l["Validation.Required"]);
                RuleFor(c => c.ChangeReason).NotEmpty().WithMessage(_ => l["Validation.Required"]);
                _required.UnionWith([nameof(RequestContent.ChangeDescription), nameof(RequestContent.ChangeReason)]);
            }

            // 3 利用者: at least one box; every subcontractor named.
            RuleFor(c => c.UsedByContractor)
                .Must((c, contractor) => contractor || c.UsedBySubcontractors)
                .WithMessage(_ => l["Validation.UserRequired"]);
            RuleForEach(c => c.Subcontractors).NotEmpty().WithMessage(_ => l["Validation.SubcontractorNameRequired"]);
            RuleFor(c => c.Services).NotEmpty().WithMessage(_ => l["Validation.ServiceRequired"]);
            RuleFor(c => c.TickedChecklistItems)
                .Must(ticked => checklist.All(ticked.Contains))
                .WithMessage(_ => l["Validation.ChecklistIncomplete"]);
            if (hasBlockers is not null)
            {
                RuleFor(c => c.ScreeningJustification)
                    .NotEmpty().When(hasBlockers)
                    .WithMessage(_ => l["Validation.JustificationRequired"]);
            }

            RuleFor(c => c.PledgeAcknowledged).Equal(true).WithMessage(_ => l["Validation.PledgeRequired"]);
        });
    }
}

/// <summary>One AI service of part (2)/(3); used for the whole form and for a single service's fields.</summary>
public sealed class AiServiceUseValidator : AbstractValidator<AiServiceUse>
{
    public AiServiceUseValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(s => s.ServiceName).MaximumLength(RequestContentValidator.ShortText).WithMessage(_ => l["Validation.MaxLength", RequestContentValidator.ShortText]);
        RuleFor(s => s.Provider).MaximumLength(RequestContentValidator.ShortText).WithMessage(_ => l["Validation.MaxLength", RequestContentValidator.ShortText]);
        RuleFor(s => s.TermsOfUse).MaximumLength(RequestContentValidator.ShortText).WithMessage(_ => l["Validation.MaxLength", RequestContentValidator.ShortText]);
        RuleFor(s => s.OtherModality).MaximumLength(RequestContentValidator.ShortText).WithMessage(_ => l["Validation.MaxLength", RequestContentValidator.ShortText]);

        RuleSet(RequestContentValidator.SubmitRuleSet, () =>
        {
            RuleFor(s => s.Modalities).NotEqual(AiModality.None).WithMessage(_ => l["Validation.ModalityRequired"]);
            RuleFor(s => s.OtherModality).NotEmpty().When(s => s.Has(AiModality.Other)).WithMessage(_ => l["Validation.OtherModalityRequired"]);
            RuleFor(s => s.ServiceName).NotEmpty().WithMessage(_ => l["Validation.Required"]);
            RuleFor(s => s.Provider).NotEmpty().WithMessage(_ => l["Validation.Required"]);
            RuleFor(s => s.TermsOfUse).NotEmpty().WithMessage(_ => l["Validation.Required"]);
            RuleFor(s => s.Provenance).NotNull().When(s => s.NeedsProvenance).WithMessage(_ => l["Validation.ProvenanceRequired"]);
        });
    }

    /// <summary>MudForm's hook for a service's own form: validates only the property it asks about, with filing's rules.</summary>
    public Func<object, string, Task<IEnumerable<string>>> ValidateValue => async (model, propertyName) =>
        Messages(await ValidateAsync(ValidationContext<AiServiceUse>.CreateWithOptions((AiServiceUse)model,
            o => o.IncludeProperties(propertyName).IncludeRuleSets(RequestContentValidator.SubmitRuleSet).IncludeRulesNotInRuleSet())), propertyName);

    // FluentValidation runs a collection's child rules whatever properties are included; keep the asked property's only.
    internal static IEnumerable<string> Messages(FluentValidation.Results.ValidationResult result, string propertyName) =>
        result.Errors.Where(e => e.PropertyName == propertyName).Select(e => e.ErrorMessage).Distinct();
}
