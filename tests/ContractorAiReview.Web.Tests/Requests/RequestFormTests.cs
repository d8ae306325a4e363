using Bunit;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Tests.Infrastructure;

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
    public void ChooseSubcontractor_CompanyNameFieldAppearsAndGoesAgain()
    {
        var content = TestContent.Complete();
        var form = RenderForm(content);
        Assert.Empty(form.FindAll("input[data-testid=subcontractor-name]"));

        form.FindAll("input[type=radio]")[1].Click();

        Assert.Equal(RequestUser.Subcontractor, content.User);
        Assert.Single(form.FindAll("input[data-testid=subcontractor-name]"));

        form.FindAll("input[type=radio]")[0].Click();

        Assert.Empty(form.FindAll("input[data-testid=subcontractor-name]"));
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

    private IRenderedComponent<RequestForm> RenderForm(RequestContent content) =>
        Render<RequestForm>(p => p.Add(f => f.Content, content).Add(f => f.Guideline, Guideline));
}
