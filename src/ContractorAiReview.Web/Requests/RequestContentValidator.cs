using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Requests;

/// <summary>
/// The one validator of the request form. Lengths always apply (a draft is saved with them); completeness
/// applies when the request is filed (<see cref="SubmitRuleSet"/>). The form runs it field by field through
/// MudForm; the handler runs it again on the server before submitting.
/// </summary>
public sealed class RequestContentValidator : AbstractValidator<RequestContent>
{
    public const string SubmitRuleSet = "Submit";
    public const int ShortText = 200;
    public const int LongText = 5000;

    /// <param name="isChange">A change request (区分: 変更), which also says what changes and why.</param>
    public RequestContentValidator(IStringLocalizer<Strings> l, int checklistItemCount, bool isChange = false)
    {
        RuleFor(c => c.ContractorAddress).MaximumLength(ShortText).WithMessage(_ => l["Validation.MaxLength", ShortText]);
        RuleFor(c => c.ContractorName).MaximumLength(ShortText).WithMessage(_ => l["Validation.MaxLength", ShortText]);
        RuleFor(c => c.RepresentativeTitleAndName).MaximumLength(ShortText).WithMessage(_ => l["Validation.MaxLength", ShortText]);
        RuleFor(c => c.SubcontractorName).MaximumLength(ShortText).WithMessage(_ => l["Validation.MaxLength", ShortText]);
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
            }

            if (isChange)
            {
                RuleFor(c => c.ChangeDescription).NotEmpty().WithMessage(_ => l["Validation.Required"]);
                RuleFor(c => c.ChangeReason).NotEmpty().WithMessage(_ => l["Validation.Required"]);
            }

            RuleFor(c => c.SubcontractorName)
                .NotEmpty().When(c => c.User == RequestUser.Subcontractor)
                .WithMessage(_ => l["Validation.SubcontractorNameRequired"]);
            RuleFor(c => c.Services).NotEmpty().WithMessage(_ => l["Validation.ServiceRequired"]);
            RuleFor(c => c.TickedChecklistItems)
                .Must(ticked => Enumerable.Range(1, checklistItemCount).All(ticked.Contains))
                .WithMessage(_ => l["Validation.ChecklistIncomplete"]);
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
}
