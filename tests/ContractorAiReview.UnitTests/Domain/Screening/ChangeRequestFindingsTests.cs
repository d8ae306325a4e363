using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using static ContractorAiReview.UnitTests.Domain.Screening.ScreeningTestData;

namespace ContractorAiReview.UnitTests.Domain.Screening;

public sealed class ChangeRequestFindingsTests
{
    [Fact]
    public void MarkNew_ChangeAddsAConsumerService_MarksOnlyItsFindingNew()
    {
        var confirmed = Screen(Request(Service("Midjourney", AiModality.Image, "", TrainingDataProvenance.NotCuratedOrUnknown)), Clean);
        var change = Screen(Request(
            Service("ChatGPT Plus"),
            Service("Midjourney", AiModality.Image, "", TrainingDataProvenance.NotCuratedOrUnknown)), Clean, Clean);

        var marked = ChangeRequestFindings.MarkNew(change.Findings, confirmed.Findings);

        var newOnes = marked.Where(f => f.IsNew).Select(Describe);
        Assert.Equal(["Blocker r4 rule4.consumer-terms s0"], newOnes);
        Assert.Equal(3, marked.Count);
    }

    [Fact]
    public void MarkNew_SameRequest_MarksNothing()
    {
        var findings = Screen(With(Request(Service("ChatGPT Plus")), r => r.UsageLogManagement = ""), Clean).Findings;

        Assert.DoesNotContain(ChangeRequestFindings.MarkNew(findings, findings), f => f.IsNew);
    }

    [Fact]
    public void MarkNew_RequestLevelFindingInAnotherField_IsNew()
    {
        var before = Screen(With(Request(Service("Azure OpenAI")), r => r.Purpose = "相談記録の整理"), Clean).Findings;
        var after = Screen(With(Request(Service("Azure OpenAI")), r => r.Method = "相談記録を要約する"), Clean).Findings;

        var finding = Assert.Single(ChangeRequestFindings.MarkNew(after, before));

        Assert.True(finding.IsNew);
    }
}
