using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.UnitTests.Domain.Requests;

/// <summary>The contractor ticks the pledge again, as the form asks before each filing (a return or a change clears it).</summary>
internal static class Pledging
{
    public static ConfirmationRequest Pledged(this ConfirmationRequest request)
    {
        var content = request.Content.Clone();
        content.PledgeAcknowledged = true;
        request.UpdateContent(content);
        return request;
    }
}
