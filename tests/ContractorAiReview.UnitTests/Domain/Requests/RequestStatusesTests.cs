using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.UnitTests.Domain.Requests;

public sealed class RequestStatusesTests
{
    [Fact]
    public void Standing_EveryStatusButThoseThatEnded() =>
        Assert.Equal(
            [RequestStatus.Draft, RequestStatus.Submitted, RequestStatus.Returned, RequestStatus.Confirmed, RequestStatus.Suspended],
            RequestStatuses.Standing.Order());

    [Fact]
    public void Decisions_ConfirmAndReturn() =>
        Assert.Equal(new HashSet<RequestTrigger> { RequestTrigger.Confirm, RequestTrigger.Return }, RequestTriggers.Decisions.ToHashSet());
}
