namespace ContractorAiReview.Domain.Requests;

/// <summary>One entry of a request's append-only history: who moved it, in which role, when, from where to where, why.</summary>
public sealed class RequestTransition
{
    public long Id { get; private set; }
    public int RequestId { get; private set; }
    public RequestTrigger Trigger { get; private set; }
    public RequestStatus From { get; private set; }
    public RequestStatus To { get; private set; }
    public string ActorUserId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public string ActorRole { get; private set; } = "";
    public DateTimeOffset OccurredAtUtc { get; private set; }
    public string? Reason { get; private set; }

    private RequestTransition()
    {
    }

    internal static RequestTransition Record(
        RequestTrigger trigger, RequestStatus from, RequestStatus to, Actor actor, DateTimeOffset nowUtc, string? reason) =>
        new()
        {
            Trigger = trigger,
            From = from,
            To = to,
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            ActorRole = actor.Role,
            OccurredAtUtc = nowUtc.ToUniversalTime(),
            Reason = reason,
        };
}

/// <summary>The person acting on a request, as the history records them.</summary>
public sealed record Actor(string UserId, string Name, string Role);
