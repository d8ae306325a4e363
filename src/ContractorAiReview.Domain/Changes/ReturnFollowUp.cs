using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Changes;

/// <summary>One item of the last return, and whether the resubmission changed it.</summary>
public sealed record ReturnedItemAnswer(ReturnItem Item, bool Changed);

/// <summary>
/// After a resubmission: the last return's items, each with whether the contractor changed what it points at, from
/// the filing that was returned to the filing that followed. The request comes with its history and submissions.
/// </summary>
public static class ReturnFollowUp
{
    /// <summary>Null while the last return with items has not been answered by a new filing (or there is none).</summary>
    public static IReadOnlyList<ReturnedItemAnswer>? Of(ConfirmationRequest request)
    {
        var lastReturn = request.History.LastOrDefault(h => h.Trigger == RequestTrigger.Return);
        if (lastReturn?.ReturnItems is not { Count: > 0 } items)
        {
            return null;
        }

        var returned = request.Submissions.LastOrDefault(s => s.SubmittedAtUtc <= lastReturn.OccurredAtUtc);
        var answer = request.Submissions.FirstOrDefault(s => s.SubmittedAtUtc > lastReturn.OccurredAtUtc);
        if (returned is null || answer is null)
        {
            return null;
        }

        var diff = ContentDiff.Between(returned.Content, answer.Content);
        return items.Select(item => new ReturnedItemAnswer(item, diff.Touches(item.Target))).ToList();
    }
}
