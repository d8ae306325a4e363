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

    /// <summary>
    /// The answers exactly as stored at filing. Kept as text, not re-serialised: the journal's hash of a filing is
    /// taken over these bytes, so a later change to the shape of <see cref="RequestContent"/> (a new question, a
    /// renamed field read back for old requests) never makes an old filing look altered.
    /// </summary>
    public string ContentJson { get; private set; } = "{}";

    private RequestContent? _content;

    /// <summary>The answers as filed; later edits of the request's draft never reach them.</summary>
    public RequestContent Content => _content ??= RequestContent.FromJson(ContentJson);

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
            ContentJson = request.Content.ToJson(),
        };
}
