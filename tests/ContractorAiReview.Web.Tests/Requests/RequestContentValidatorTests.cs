using System.Globalization;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Tests.Infrastructure;
using FluentValidation;
using FluentValidation.Results;

namespace ContractorAiReview.Web.Tests.Requests;

public sealed class RequestContentValidatorTests
{
    private readonly RequestContentValidator _validator;

    public RequestContentValidatorTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
        _validator = new RequestContentValidator(Localization.Strings, [.. TestContent.Guideline.ChecklistItems.Select(i => i.Number)]);
    }

    [Fact]
    public void ValidateForSubmit_CompleteForm_HasNoErrors()
    {
        Assert.Empty(Submit(TestContent.Complete()).Errors);
    }

    public static TheoryData<string, Action<RequestContent>> RequiredFields => new()
    {
        { nameof(RequestContent.ContractorAddress), c => c.ContractorAddress = "" },
        { nameof(RequestContent.ContractorName), c => c.ContractorName = " " },
        { nameof(RequestContent.RepresentativeTitleAndName), c => c.RepresentativeTitleAndName = "" },
        { nameof(RequestContent.Business), c => c.Business = "" },
        { nameof(RequestContent.Purpose), c => c.Purpose = "" },
        { nameof(RequestContent.Method), c => c.Method = "" },
        { nameof(RequestContent.ScopeOfUsers), c => c.ScopeOfUsers = "" },
        { nameof(RequestContent.SecurityManagement), c => c.SecurityManagement = "" },
        { nameof(RequestContent.UsageLogManagement), c => c.UsageLogManagement = "" },
        { nameof(RequestContent.LegalCompliance), c => c.LegalCompliance = "" },
        { nameof(RequestContent.ContactDepartment), c => c.ContactDepartment = "" },
        { nameof(RequestContent.ContactName), c => c.ContactName = "" },
        { nameof(RequestContent.ContactPhone), c => c.ContactPhone = "" },
        { "Services[0].ServiceName", c => c.Services[0].ServiceName = "" },
        { "Services[0].Provider", c => c.Services[0].Provider = "" },
        { "Services[0].TermsOfUse", c => c.Services[0].TermsOfUse = "" },
        { "Services[0].Modalities", c => c.Services[0].Modalities = AiModality.None },
    };

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void ValidateForSubmit_RequiredFieldEmpty_ErrorOnThatFieldOnly(string field, Action<RequestContent> blank)
    {
        var content = TestContent.Complete();
        blank(content);

        var errors = Submit(content).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(field, error.PropertyName);
        Assert.Matches("入力|選択", error.ErrorMessage);
    }

    [Fact]
    public void ValidateForSubmit_NoService_Error()
    {
        var content = TestContent.Complete();
        content.Services.Clear();

        Assert.Contains(Submit(content).Errors, e => e.PropertyName == nameof(RequestContent.Services));
    }

    [Theory]
    [InlineData(AiModality.Image)]
    [InlineData(AiModality.Video)]
    [InlineData(AiModality.Text | AiModality.Image)]
    public void ValidateForSubmit_ImageOrVideoWithoutProvenance_AsksForProvenance(AiModality modalities)
    {
        var content = TestContent.Complete();
        content.Services[0].Modalities = modalities;

        var error = Assert.Single(Submit(content).Errors);
        Assert.Equal("Services[0].Provenance", error.PropertyName);
        Assert.Equal("学習データについて、いずれかを選択してください。", error.ErrorMessage);
    }

    [Theory]
    [InlineData(AiModality.Text)]
    [InlineData(AiModality.Voice)]
    [InlineData(AiModality.Text | AiModality.Voice)]
    public void ValidateForSubmit_TextOrVoiceOnly_DoesNotAskForProvenance(AiModality modalities)
    {
        var content = TestContent.Complete();
        content.Services[0].Modalities = modalities;

        Assert.Empty(Submit(content).Errors);
    }

    [Fact]
    public void ValidateForSubmit_ImageWithProvenance_IsValid()
    {
        var content = TestContent.Complete();
        content.Services[0].Modalities = AiModality.Image;
        content.Services[0].Provenance = TrainingDataProvenance.NotCuratedOrUnknown;

        Assert.Empty(Submit(content).Errors);
    }

    [Fact]
    public void ValidateForSubmit_OtherModalityWithoutDescription_AsksForItAndForProvenance()
    {
        var content = TestContent.Complete();
        content.Services[0].Modalities = AiModality.Other;

        var fields = Submit(content).Errors.Select(e => e.PropertyName).Order().ToArray();

        Assert.Equal(["Services[0].OtherModality", "Services[0].Provenance"], fields);
    }

    [Fact]
    public void ValidateForSubmit_SecondSubcontractorWithoutCompanyName_ErrorOnThatName()
    {
        var content = TestContent.Complete();
        content.Subcontractors = ["株式会社下請", " "];

        var error = Assert.Single(Submit(content).Errors);
        Assert.Equal("Subcontractors[1]", error.PropertyName);
        Assert.Equal("再委託先等の社名を入力してください。", error.ErrorMessage);
    }

    [Fact]
    public void ValidateForSubmit_NeitherBoxTicked_Error()
    {
        var content = TestContent.Complete();
        content.UsedByContractor = false;
        content.Subcontractors = [];

        var error = Assert.Single(Submit(content).Errors);
        Assert.Equal(nameof(RequestContent.UsedByContractor), error.PropertyName);
    }

    [Fact]
    public void ValidateForSubmit_BothBoxesWithTwoSubcontractors_IsValid()
    {
        var content = TestContent.Complete();
        content.UsedByContractor = true;
        content.Subcontractors = ["株式会社下請", "株式会社孫請"];

        Assert.Empty(Submit(content).Errors);
    }

    [Fact]
    public void ValidateForSubmit_PledgeNotAcknowledged_Error()
    {
        var content = TestContent.Complete();
        content.PledgeAcknowledged = false;

        var error = Assert.Single(Submit(content).Errors);
        Assert.Equal(nameof(RequestContent.PledgeAcknowledged), error.PropertyName);
        Assert.Equal("誓約の内容を確認し、チェックしてください。", error.ErrorMessage);
    }

    [Fact]
    public void Requires_FieldsTheFilingNeeds_MarkedOthersNot()
    {
        Assert.True(_validator.Requires(nameof(RequestContent.Business)));
        Assert.True(_validator.Requires(nameof(RequestContent.ContactPhone)));
        Assert.False(_validator.Requires(nameof(RequestContent.ContactFax)));
        Assert.False(_validator.Requires(nameof(RequestContent.ChangeDescription))); // only a change request asks it
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public void ValidateForSubmit_ChecklistIncomplete_Error(int ticked)
    {
        var content = TestContent.Complete();
        content.TickedChecklistItems = [.. Enumerable.Range(1, ticked)];

        var error = Assert.Single(Submit(content).Errors);
        Assert.Equal(nameof(RequestContent.TickedChecklistItems), error.PropertyName);
        Assert.Equal("遵守チェックリストの全ての項目を確認してチェックしてください。", error.ErrorMessage);
    }

    [Fact]
    public void ValidateForSubmit_ChecklistMissingOneItemInTheMiddle_Error()
    {
        var content = TestContent.Complete();
        content.SetTicked(7, false);

        Assert.Contains(Submit(content).Errors, e => e.PropertyName == nameof(RequestContent.TickedChecklistItems));
    }

    [Fact]
    public void ValidateDraft_EmptyForm_IsValid()
    {
        Assert.Empty(_validator.Validate(new RequestContent()).Errors);
    }

    [Fact]
    public void ValidateDraft_TooLongAnswer_Error()
    {
        var content = new RequestContent { Method = new string('あ', RequestContentValidator.LongText + 1) };

        var error = Assert.Single(_validator.Validate(content).Errors);
        Assert.Equal(nameof(RequestContent.Method), error.PropertyName);
        Assert.Equal("5000文字以内で入力してください。", error.ErrorMessage);
    }

    private ValidationResult Submit(RequestContent content) =>
        _validator.Validate(content, o => o.IncludeRuleSets(RequestContentValidator.SubmitRuleSet).IncludeRulesNotInRuleSet());
}
