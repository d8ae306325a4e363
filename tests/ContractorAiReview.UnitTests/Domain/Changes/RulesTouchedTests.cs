using ContractorAiReview.Domain.Changes;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using static ContractorAiReview.UnitTests.Domain.Screening.ScreeningTestData;

namespace ContractorAiReview.UnitTests.Domain.Changes;

public sealed class RulesTouchedTests
{
    private static RequestContent Confirmed() => Request(Service("Azure OpenAI Service", terms: "企業向け契約"));

    private static IReadOnlyList<int> RulesOf(Action<RequestContent> change) =>
        RulesTouched.By(ContentDiff.Between(Confirmed(), With(Confirmed(), change))).Select(t => t.Rule).Distinct().ToList();

    [Fact]
    public void NewImageService_TouchesRule3()
    {
        Assert.Contains(3, RulesOf(c => c.Services.Add(Service("Adobe Firefly", AiModality.Image, "企業向け契約", TrainingDataProvenance.Curated))));
    }

    [Fact]
    public void NewTextService_DoesNotTouchRule3()
    {
        Assert.DoesNotContain(3, RulesOf(c => c.Services.Add(Service("Claude", terms: "Enterprise"))));
    }

    [Fact]
    public void ServiceNowOnConsumerTerms_TouchesRule4()
    {
        Assert.Equal([4], RulesOf(c => c.Services[0].Declaration = c.Services[0].Declaration with { Plan = "Free" }));
    }

    [Fact]
    public void LogManagementChanged_TouchesRule13()
    {
        Assert.Equal([13], RulesOf(c => c.UsageLogManagement = "ログは取らない"));
    }

    [Fact]
    public void SubcontractorNowAmongUsers_TouchesRule13()
    {
        Assert.Equal([13], RulesOf(c =>
        {
            c.Subcontractors = ["株式会社みおつくし"];
        }));
    }

    [Fact]
    public void OptOutAndPersonalInputChanged_TouchRules6And7()
    {
        Assert.Equal([6, 7], RulesOf(c => c.Services[0].Declaration = c.Services[0].Declaration with { OptOutSet = false, PersonalOrConfidentialInput = true }));
    }

    [Fact]
    public void ServiceRemoved_TouchesNoRule()
    {
        Assert.Empty(RulesOf(c => c.Services.Clear()));
    }

    [Fact]
    public void ContactChanged_TouchesNoRule()
    {
        Assert.Empty(RulesOf(c => c.ContactPhone = "06-0000-0000"));
    }

    [Fact]
    public void EveryFieldAndAspectIsMapped()
    {
        // The mapping is total: a new field or aspect without a decision about its rules fails here.
        foreach (var field in FormFields.InFormOrder)
        {
            _ = RulesTouched.OfField(field);
        }

        foreach (var aspect in Enum.GetValues<ServiceAspect>())
        {
            _ = RulesTouched.OfAspect(aspect, null, null);
        }
    }

    [Fact]
    public void EveryRuleNamed_IsAGuidelineRule()
    {
        var rules = Guideline.UsageRules.Select(r => r.Number).ToHashSet();
        var named = FormFields.InFormOrder.SelectMany(RulesTouched.OfField)
            .Concat(Enum.GetValues<ServiceAspect>().SelectMany(a => RulesTouched.OfAspect(a, Service("x", AiModality.Image), null)));

        Assert.All(named, rule => Assert.Contains(rule, rules));
    }
}
