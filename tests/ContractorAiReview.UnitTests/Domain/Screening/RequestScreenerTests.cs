using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using static ContractorAiReview.UnitTests.Domain.Screening.ScreeningTestData;

namespace ContractorAiReview.UnitTests.Domain.Screening;

public sealed class RequestScreenerTests
{
    [Fact]
    public void Screen_RequestFiledUnderAnotherGuidelineVersion_IsRefused()
    {
        var input = new ScreeningInput(Request(Service("Azure OpenAI")), [Clean], "osaka-contractor/1.0");

        Assert.Throws<ArgumentException>(() => Screener.Screen(input));
    }

    [Fact]
    public void Screen_GuidelineWithoutScreeningRules_SaysSoInsteadOfPassingTheRequest()
    {
        var other = Guideline with { Key = "other-city/1.0" };
        var screener = new RequestScreener(other, Catalogue);

        var result = screener.Screen(new ScreeningInput(Request(Service("ChatGPT Plus")), [Clean], "other-city/1.0"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("screening.guideline-not-supported", FindingSeverity.Info), (finding.Code, finding.Severity));
    }

    [Fact]
    public void Screen_Findings_AreOrderedRequestFirstThenByServiceAndSeverity()
    {
        var content = With(Request(Service("Midjourney", AiModality.Image, "", TrainingDataProvenance.NotCuratedOrUnknown), Service("ChatGPT Plus")),
            r => r.UsageLogManagement = "");

        var findings = Screen(content, Clean, Clean).Findings;

        Assert.Equal(
            ["Blocker r13 rule13.usage-log-missing req:UsageLogManagement", "Attention r3 rule3.deliverable-consent-required s0",
             "Attention r4 rule4.terms-unknown s0", "Blocker r4 rule4.consumer-terms s1"],
            findings.Select(Describe));
    }

    [Fact]
    public void Screen_Findings_CarryServiceNameRuleTextAndAJapaneseMessage()
    {
        var finding = Assert.Single(Screen(Request(Service("ChatGPT Plus")), Clean).Findings);

        Assert.Equal("ChatGPT Plus", finding.ServiceName);
        Assert.Equal(Guideline.Rule(4).Text, finding.RuleText);
        Assert.Contains("利用規定4", finding.Message);
        Assert.False(finding.IsNew);
    }

    [Fact]
    public void ServiceDeclaration_SerializedWithTheRequest_RoundTrips()
    {
        var declaration = Clean with { CatalogueEntryId = "azure-openai", Plan = "S0", UsedForAiAnswers = false };

        var json = System.Text.Json.JsonSerializer.Serialize(declaration);

        Assert.Equal(declaration, System.Text.Json.JsonSerializer.Deserialize<ServiceDeclaration>(json));
    }
}
