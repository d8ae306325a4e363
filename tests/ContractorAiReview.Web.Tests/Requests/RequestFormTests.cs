using Bunit;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContractorAiReview.Web.Tests.Requests;

public sealed class RequestFormTests : ComponentTestBase
{
    [Fact]
    public void Render_TextService_NoProvenanceQuestion()
    {
        var form = RenderForm(TestContent.Complete());

        Assert.Empty(form.FindAll("[data-testid=service-0-provenance]"));
    }

    [Theory]
    [InlineData(nameof(AiModality.Image))]
    [InlineData(nameof(AiModality.Video))]
    [InlineData(nameof(AiModality.Other))]
    public void TickModality_OtherThanTextOrVoice_ProvenanceQuestionAppearsAndGoesAgain(string modality)
    {
        var content = TestContent.Complete();
        var form = RenderForm(content);

        form.Find($"input[data-testid=service-0-{modality}]").Change(true);

        var question = form.Find("[data-testid=service-0-provenance]");
        Assert.Contains(Guideline.RequestForm.Part1Rows.ProvenanceCurated, question.TextContent);
        Assert.Contains(Guideline.RequestForm.Part1Rows.ProvenanceNotCurated, question.TextContent);

        form.Find($"input[data-testid=service-0-{modality}]").Change(false);

        Assert.Empty(form.FindAll("[data-testid=service-0-provenance]"));
    }

    [Fact]
    public void TickVoice_NoProvenanceQuestion()
    {
        var form = RenderForm(TestContent.Complete());

        form.Find("input[data-testid=service-0-Voice]").Change(true);

        Assert.Empty(form.FindAll("[data-testid=service-0-provenance]"));
    }

    [Fact]
    public void UntickImage_AnsweredProvenance_IsDropped()
    {
        var content = TestContent.Complete();
        content.Services[0].Modalities = AiModality.Text | AiModality.Image;
        content.Services[0].Provenance = TrainingDataProvenance.Curated;
        var form = RenderForm(content);

        form.Find("input[data-testid=service-0-Image]").Change(false);

        Assert.Null(content.Services[0].Provenance);
    }

    [Fact]
    public void TickSubcontractors_BothBoxesAndSeveralCompanies_KeptAndGoneWhenUnticked()
    {
        var content = TestContent.Complete();
        var form = RenderForm(content);
        Assert.Empty(form.FindAll("input[data-testid^=subcontractor-]"));

        form.Find("input[data-testid=user-subcontractor]").Change(true);
        form.Find("input[data-testid=subcontractor-0]").Change("株式会社下請");
        form.Find("[data-testid=add-subcontractor]").Click();
        form.Find("input[data-testid=subcontractor-1]").Change("株式会社孫請");

        Assert.True(content.UsedByContractor); // the first box stays ticked: both apply
        Assert.Equal(["株式会社下請", "株式会社孫請"], content.Subcontractors);

        form.Find("input[data-testid=user-subcontractor]").Change(false);

        Assert.Empty(content.Subcontractors);
        Assert.Empty(form.FindAll("input[data-testid^=subcontractor-]"));
    }

    [Fact]
    public void Render_LabelsAreTheTemplatesOfficialWording()
    {
        var form = RenderForm(TestContent.Complete());
        var text = Guideline.RequestForm;

        // The template's words (paper bullets and colons aside) as the filed PDF prints them.
        foreach (var official in new[]
                 {
                     text.ItemUser, text.UserContractor, text.UserSubcontractor, text.Part1Title, text.Part1Rows.Usage, text.Part1Rows.Services,
                     text.Part1Rows.ScopeOfUsers, text.Part1Rows.Management, text.Part1Rows.Legal, text.Part2Title, text.ContactLabel,
                 })
        {
            Assert.Contains(official, form.Markup);
        }

        Assert.Contains("利用業務", form.Find($"label[for={RequestForm.FieldId(nameof(RequestContent.Business))}]").TextContent);
        Assert.Contains(text.Labels.TermsOfUse.Trim('・', '：'), form.Markup);
        Assert.DoesNotContain("(3)", form.Markup); // the form numbers (1), (2), (4), (5); the training-data row belongs to (2)
    }

    [Fact]
    public void Render_RequiredFieldsMarkedAndAriaRequired_OptionalNot()
    {
        var form = RenderForm(TestContent.Complete());

        var business = form.Find($"#{RequestForm.FieldId(nameof(RequestContent.Business))}");
        Assert.Equal("true", business.GetAttribute("aria-required"));
        Assert.Contains("（必須）", form.Find($"label[for={business.Id}]").TextContent);
        var fax = form.Find($"#{RequestForm.FieldId(nameof(RequestContent.ContactFax))}");
        Assert.NotEqual("true", fax.GetAttribute("aria-required"));
        Assert.DoesNotContain("必須", form.Find($"label[for={fax.Id}]").TextContent);
    }

    [Fact]
    public void Render_ShowsThePledgeSentencesOfTheTemplate()
    {
        var form = RenderForm(new RequestContent());

        var pledge = form.Find("[data-testid=pledge]").TextContent;
        foreach (var sentence in Guideline.RequestForm.Pledge)
        {
            Assert.Contains(sentence, pledge);
        }
    }

    [Fact]
    public async Task ValidateForSubmit_PledgeNotTicked_ErrorUntilTicked()
    {
        var content = TestContent.Complete();
        content.PledgeAcknowledged = false;
        var form = RenderForm(content);

        Assert.False(await form.InvokeAsync(() => form.Instance.ValidateForSubmitAsync()));
        Assert.Contains("誓約の内容を確認し、チェックしてください。", form.Find("[data-testid=pledge-error]").TextContent);

        form.Find("input[data-testid=pledge-acknowledged]").Change(true);

        Assert.True(content.PledgeAcknowledged);
        Assert.Empty(form.FindAll("[data-testid=pledge-error]"));
    }

    [Fact]
    public async Task ValidateForSubmit_Errors_SummaryLinksToEachFieldInFormOrder()
    {
        var content = TestContent.Complete();
        content.Business = "";
        content.ContactPhone = "";
        var form = RenderForm(content);

        await form.InvokeAsync(() => form.Instance.ValidateForSubmitAsync());

        var links = form.FindAll("[data-testid=error-summary] a");
        Assert.Equal(
            [RequestForm.FieldId(nameof(RequestContent.Business)), RequestForm.FieldId(nameof(RequestContent.ContactPhone))],
            links.Select(a => a.GetAttribute("data-focus")!).ToArray());
        foreach (var link in links)
        {
            Assert.NotNull(form.Find($"#{link.GetAttribute("data-focus")}")); // each link has somewhere to go
        }

        Assert.Contains("利用業務", links[0].TextContent);
    }

    [Fact]
    public void Render_EmptyNewForm_NoFindingsUntilTheContractorWrites()
    {
        var content = new RequestContent();
        var form = RenderForm(content);

        Assert.Single(form.FindAll("[data-testid=screening-waiting]"));
        Assert.Empty(form.FindAll("[data-testid=request-findings] .mud-alert"));
        Assert.Empty(form.FindAll("[data-testid=blocker-summary]"));

        form.Find($"#{RequestForm.FieldId(nameof(RequestContent.Business))}").Change("問い合わせ対応の下書き");

        Assert.Empty(form.FindAll("[data-testid=screening-waiting]"));
    }

    [Fact]
    public void PickAnotherCatalogueEntry_AnswersAboutThePreviousEntryCleared()
    {
        var catalogue = Services.GetRequiredService<ContractorAiReview.Web.Catalogue.AiServiceCatalogueStore>().Current;
        var (first, second) = (catalogue.Entries[0], catalogue.Entries.First(e => e.ServiceName != catalogue.Entries[0].ServiceName));
        var content = TestContent.Complete();
        var service = content.Services[0];
        service.ServiceName = "";
        service.Provider = "";
        service.Modalities = AiModality.Image;
        service.Pick(first, previous: null);
        service.Provenance = TrainingDataProvenance.Curated;
        service.Declaration = service.Declaration with { Plan = "個人で書いたプラン", PersonalOrConfidentialInput = false };

        service.Pick(second, previous: first);

        Assert.Equal(second.ServiceName, service.ServiceName); // filled by the first pick, so refilled
        Assert.Equal(second.Plan, service.Declaration.Plan);
        Assert.Null(service.Provenance);
        Assert.Equal(false, service.Declaration.PersonalOrConfidentialInput); // how it is used does not depend on the entry
    }

    [Fact]
    public void PickCatalogueEntry_TypedNameAndProviderKept()
    {
        var entry = Services.GetRequiredService<ContractorAiReview.Web.Catalogue.AiServiceCatalogueStore>().Current.Entries[0];
        var service = new AiServiceUse { ServiceName = "社内で呼んでいる名前", Provider = "販売代理店" };

        service.Pick(entry, previous: null);

        Assert.Equal("社内で呼んでいる名前", service.ServiceName);
        Assert.Equal("販売代理店", service.Provider);
        Assert.Equal(entry.Id, service.Declaration.CatalogueEntryId);
    }

    [Fact]
    public void Render_ChecklistShowsAllThirteenOfficialItems()
    {
        var form = RenderForm(new RequestContent());

        foreach (var item in Guideline.ChecklistItems)
        {
            Assert.Contains(item.Text, form.Find($"[data-testid=checklist-{item.Number}]").Closest("label")!.TextContent);
        }

        Assert.Equal(Guideline.ChecklistItems.Count, form.FindAll("[data-testid^=checklist-]").Count(e => e.TagName == "INPUT"));
    }

    [Fact]
    public async Task ValidateForSubmit_EmptyForm_ErrorsShownNextToFieldsInJapanese()
    {
        var form = RenderForm(new RequestContent());

        var valid = await form.InvokeAsync(() => form.Instance.ValidateForSubmitAsync());

        Assert.False(valid);
        var errors = form.FindAll(".mud-input-error").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("入力してください。", errors);
        Assert.Contains("遵守チェックリストの全ての項目を確認してチェックしてください。", form.Find("[data-testid=checklist-error]").TextContent);
        Assert.Contains("生成AIの種類を1つ以上選択してください。", form.Markup);
    }

    [Fact]
    public async Task ValidateForSubmit_ServiceNameMissing_ErrorUnderThatServicesField()
    {
        var content = TestContent.Complete();
        content.Services.Add(new AiServiceUse { Modalities = AiModality.Text, Provider = "p", TermsOfUse = "t" });
        var form = RenderForm(content);

        var valid = await form.InvokeAsync(() => form.Instance.ValidateForSubmitAsync());

        Assert.False(valid);
        Assert.Empty(form.Find("[data-testid=service-0]").QuerySelectorAll(".mud-input-error"));
        Assert.Contains("入力してください。", form.Find("[data-testid=service-1]").QuerySelector(".mud-input-error")!.TextContent);
    }

    [Fact]
    public async Task ValidateForSubmit_CompleteForm_Valid()
    {
        var form = RenderForm(TestContent.Complete());

        Assert.True(await form.InvokeAsync(() => form.Instance.ValidateForSubmitAsync()));
        Assert.Empty(form.FindAll("[data-testid=checklist-error]"));
    }

    [Fact]
    public void Declaration_AnsweredDontKnow_KeptAsAnAnswerAndUndone()
    {
        var content = TestContent.Complete();
        var form = RenderForm(content);
        var question = form.FindComponents<YesNoQuestion>().First(q => q.Instance.Label == Localization.Strings["Form.OptOutSet"].Value);

        form.InvokeAsync(() => question.Instance.ValueChanged.InvokeAsync(new YesNoQuestion.Answer(null, true)));

        Assert.Null(content.Services[0].Declaration.OptOutSet);
        Assert.True(content.Services[0].Declaration.IsUnknown(nameof(ServiceDeclaration.OptOutSet)));
        Assert.Contains(form.FindComponents<MudBlazor.MudRadio<string>>(), r => r.Markup.Contains(Localization.Strings["Answer.Unknown"].Value, StringComparison.Ordinal));

        form.InvokeAsync(() => question.Instance.ValueChanged.InvokeAsync(new YesNoQuestion.Answer(true, false)));

        Assert.True(content.Services[0].Declaration.OptOutSet);
        Assert.False(content.Services[0].Declaration.IsUnknown(nameof(ServiceDeclaration.OptOutSet)));
    }

    private IRenderedComponent<RequestForm> RenderForm(RequestContent content) =>
        Render<RequestForm>(p => p.Add(f => f.Content, content).Add(f => f.Guideline, Guideline));
}
