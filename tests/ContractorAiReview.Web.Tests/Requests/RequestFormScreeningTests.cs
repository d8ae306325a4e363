using Bunit;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Tests.Infrastructure;

namespace ContractorAiReview.Web.Tests.Requests;

/// <summary>The pre-screen shows beside the service while the contractor writes, and a blocker needs changing or explaining.</summary>
public sealed class RequestFormScreeningTests : ComponentTestBase
{
    [Fact]
    public void ConsumerChatPlan_Rule4BlockerShownBesideTheServiceWithSource()
    {
        var content = TestContent.Complete();
        content.Services[0] = new AiServiceUse
        {
            Modalities = AiModality.Text, ServiceName = "ChatGPT", Provider = "OpenAI", TermsOfUse = "Plus",
            Declaration = new ServiceDeclaration { CatalogueEntryId = "chatgpt-personal", OptOutSet = true, OutputReachesCitizensDirectly = false, PersonalOrConfidentialInput = false },
        };

        var form = RenderForm(content);

        var finding = form.Find("[data-testid=service-0-findings] [data-code='rule4.consumer-terms']");
        Assert.Equal(nameof(FindingSeverity.Blocker), finding.GetAttribute("data-severity"));
        Assert.Contains("利用規定4", finding.TextContent);
        Assert.NotNull(form.Find("[data-testid=blocker-summary]"));
        Assert.NotNull(form.Find("textarea[data-testid=justification]"));
    }

    [Fact]
    public void ImageGeneratorOfUnknownTrainingData_Rule3FindingShownBeforeSubmission()
    {
        var content = TestContent.Complete();
        content.Services[0] = new AiServiceUse
        {
            Modalities = AiModality.Image, ServiceName = "Midjourney", Provider = "Midjourney, Inc.", TermsOfUse = "有料プラン",
            Provenance = TrainingDataProvenance.NotCuratedOrUnknown,
            Declaration = new ServiceDeclaration { CatalogueEntryId = "midjourney", OptOutSet = true, OutputReachesCitizensDirectly = false, PersonalOrConfidentialInput = false },
        };

        var form = RenderForm(content);

        var rule3 = form.FindAll("[data-testid=service-0-findings] [data-code^='rule3.']");
        Assert.NotEmpty(rule3);
        Assert.All(rule3, f => Assert.Contains("利用規定3", f.TextContent));
    }

    [Fact]
    public void PickCatalogueEntry_FillsNameAndProviderAndRescreens()
    {
        var content = TestContent.Complete();
        content.Services[0] = new AiServiceUse { Modalities = AiModality.Text };
        var form = RenderForm(content);
        Assert.Empty(form.FindAll("[data-testid=service-0-findings] [data-code='rule4.consumer-terms']"));

        var select = form.FindComponents<MudBlazor.MudSelect<string>>().Single();
        form.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("microsoft-copilot-consumer"));

        Assert.Equal("Microsoft Copilot", content.Services[0].ServiceName);
        Assert.Equal("microsoft-copilot-consumer", content.Services[0].Declaration.CatalogueEntryId);
        Assert.NotEmpty(form.FindAll("[data-testid=service-0-findings] [data-code='rule4.consumer-terms']"));
    }

    [Fact]
    public async Task ValidateForSubmit_BlockerWithoutExplanation_InvalidUntilExplained()
    {
        var content = TestContent.Complete();
        content.Services[0].Declaration = new ServiceDeclaration { CatalogueEntryId = "chatgpt-personal" };
        var form = RenderForm(content);

        Assert.False(await form.InvokeAsync(() => form.Instance.ValidateForSubmitAsync()));

        content.ScreeningJustification = "個人向けプランではなく、法人契約で利用する。";
        Assert.True(await form.InvokeAsync(() => form.Instance.ValidateForSubmitAsync()));
    }

    [Fact]
    public void UnansweredQuestion_NotRepeatedOnItsOwnCard()
    {
        var content = TestContent.Complete();
        content.Services[0].Declaration = ServiceDeclaration.Unanswered with { CatalogueEntryId = "microsoft-365-copilot" };

        var form = RenderForm(content);

        var screening = form.Instance.ScreeningResult;
        Assert.Contains(screening.Findings, f => f.IsUnansweredQuestion && f.ServiceIndex == 0);
        Assert.All(screening.Findings.Where(f => f.IsUnansweredQuestion),
            f => Assert.Empty(form.FindAll($"[data-testid=service-0-findings] [data-code='{f.Code}']")));
    }

    [Fact]
    public void CatalogueFactsForTheDepartment_NotOnTheContractorsForm()
    {
        var content = TestContent.Complete();
        content.Services[0] = new AiServiceUse
        {
            Modalities = AiModality.Text, ServiceName = "社内専用AIツールX", Provider = "自社", TermsOfUse = "自社開発",
            Declaration = new ServiceDeclaration { OptOutSet = true, OutputReachesCitizensDirectly = false, PersonalOrConfidentialInput = false },
        };

        var form = RenderForm(content);

        var departmentOnly = form.Instance.ScreeningResult.Findings.Where(f => f.ForDepartmentOnly).ToList();
        Assert.NotEmpty(departmentOnly);
        Assert.All(departmentOnly, f => Assert.Empty(form.FindAll($"[data-code='{f.Code}']")));
    }

    private IRenderedComponent<RequestForm> RenderForm(RequestContent content) =>
        Render<RequestForm>(p => p.Add(f => f.Content, content).Add(f => f.Guideline, Guideline));
}
