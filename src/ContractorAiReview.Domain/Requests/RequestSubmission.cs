namespace ContractorAiReview.Domain.Requests;

/// <summary>
/// Exactly what was sent at one filing (first filing, a resubmission after a return, or a change request's filing),
/// with the guideline version it answered. Written once by <see cref="ConfirmationRequest.Submit"/> and never changed:
/// the draft is the only mutable version of a request's answers.
/// </summary>
public sealed class RequestSubmission
{
    public long Id { get; private set; }
    public int RequestId { get; private set; }

    /// <summary><see cref="RequestTrigger.Submit"/> for the first filing, <see cref="RequestTrigger.Resubmit"/> after a return.</summary>
    public RequestTrigger Trigger { get; private set; }

    public DateTimeOffset SubmittedAtUtc { get; private set; }
    public string SubmittedByUserId { get; private set; } = "";
    public string SubmittedByName { get; private set; } = "";
    public string GuidelineVersion { get; private set; } = "";

    /// <summary>A copy: later edits of the request's draft never reach it.</summary>
    public RequestContent Content { get; private set; } = new();

    private RequestSubmission()
    {
    }

    internal static RequestSubmission Of(ConfirmationRequest request, RequestTrigger trigger, Actor actor, DateTimeOffset nowUtc) =>
        new()
        {
            Trigger = trigger,
            SubmittedAtUtc = nowUtc.ToUniversalTime(),
            SubmittedByUserId = actor.UserId,
            SubmittedByName = actor.Name,
            GuidelineVersion = request.GuidelineVersion,
            Content = request.Content.Clone(),
        };
}
