namespace ContractorAiReview.Domain.Requests;

public enum ConsentStatus
{
    Requested = 0,
    Consented = 1,
    Declined = 2,
}

/// <summary>
/// 成果物として利用する際の発注者の同意 (rule 3): on a confirmed request, the contractor asks to use as a deliverable
/// something an image or video service of not-curated or unknown training data generated, saying what it is and the
/// similarity check it did; the department consents or declines.
/// </summary>
public sealed class DeliverableConsent
{
    public int Id { get; private set; }
    public int RequestId { get; private set; }
    public int ContractorId { get; private set; }
    public int DepartmentId { get; private set; }
    public int ServiceIndex { get; private set; }
    public string ServiceName { get; private set; } = "";
    public string Deliverable { get; private set; } = "";
    public string SimilarityCheck { get; private set; } = "";
    public ConsentStatus Status { get; private set; }
    public string RequestedByUserId { get; private set; } = "";
    public DateTimeOffset RequestedAtUtc { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTimeOffset? DecidedAtUtc { get; private set; }

    /// <summary>Conditions attached to a consent, or the reason for declining.</summary>
    public string? DecisionNote { get; private set; }

    private DeliverableConsent()
    {
    }

    /// <summary>Whether rule 3 asks for consent for this service of the request: image or video of not-curated or unknown training data.</summary>
    public static bool IsNeededFor(AiServiceUse service) =>
        (service.Has(AiModality.Image) || service.Has(AiModality.Video)) && service.Provenance == TrainingDataProvenance.NotCuratedOrUnknown;

    public static DeliverableConsent Ask(
        ConfirmationRequest request, int serviceIndex, string deliverable, string similarityCheck, Actor actor, DateTimeOffset nowUtc)
    {
        if (request.Status != RequestStatus.Confirmed)
        {
            throw new DomainRuleException("Consent is asked on a confirmed request.");
        }

        if (serviceIndex < 0 || serviceIndex >= request.Content.Services.Count || !IsNeededFor(request.Content.Services[serviceIndex]))
        {
            throw new DomainRuleException("Rule 3 consent applies to an image or video service of not-curated or unknown training data.");
        }

        if (string.IsNullOrWhiteSpace(deliverable) || string.IsNullOrWhiteSpace(similarityCheck))
        {
            throw new DomainRuleException("Say what the deliverable is and how its similarity to existing works was checked.");
        }

        return new DeliverableConsent
        {
            RequestId = request.Id,
            ContractorId = request.ContractorId,
            DepartmentId = request.DepartmentId,
            ServiceIndex = serviceIndex,
            ServiceName = request.Content.Services[serviceIndex].ServiceName,
            Deliverable = deliverable.Trim(),
            SimilarityCheck = similarityCheck.Trim(),
            Status = ConsentStatus.Requested,
            RequestedByUserId = actor.UserId,
            RequestedAtUtc = nowUtc,
        };
    }

    public void Consent(Actor officer, DateTimeOffset nowUtc, string? conditions) =>
        Decide(ConsentStatus.Consented, officer, nowUtc, string.IsNullOrWhiteSpace(conditions) ? null : conditions.Trim());

    public void Decline(Actor officer, DateTimeOffset nowUtc, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Declining needs a reason.");
        }

        Decide(ConsentStatus.Declined, officer, nowUtc, reason.Trim());
    }

    private void Decide(ConsentStatus status, Actor officer, DateTimeOffset nowUtc, string? note)
    {
        if (Status != ConsentStatus.Requested)
        {
            throw new DomainRuleException($"The consent was already {Status}.");
        }

        Status = status;
        DecidedByName = officer.Name;
        DecidedAtUtc = nowUtc;
        DecisionNote = note;
    }
}
