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

    /// <summary>The route step the request was at after the move (0 = the first); null when it left the office.</summary>
    public int? Step { get; private set; }

    /// <summary>Who held the task after the move, if anyone.</summary>
    public string? HolderName { get; private set; }

    /// <summary>For a return: its reasons attached to fields, services or checklist items (null for other moves).</summary>
    public IReadOnlyList<ReturnItem>? ReturnItems { get; private set; }

    /// <summary>A move inside the office, which the contractor's history leaves out.</summary>
    public bool IsOfficeOnly => RequestTriggers.OfficeOnly.Contains(Trigger);

    private RequestTransition()
    {
    }

    internal static RequestTransition Record(
        RequestTrigger trigger, RequestStatus from, RequestStatus to, Actor actor, DateTimeOffset nowUtc, string? reason,
        int? step = null, string? holderName = null, IReadOnlyList<ReturnItem>? returnItems = null) =>
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
            Step = step,
            HolderName = holderName,
            ReturnItems = returnItems is { Count: > 0 } ? returnItems : null,
        };
}

/// <summary>The person acting on a request, as the history records them.</summary>
public sealed record Actor(string UserId, string Name, string Role);
