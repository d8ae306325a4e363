using ContractorAiReview.Domain.Catalogue;

namespace ContractorAiReview.Domain.Screening;

/// <summary>How much a finding matters. Decision support only: a person in the department decides.</summary>
public enum FindingSeverity
{
    /// <summary>The request as declared breaks a usage rule; it cannot be submitted unless changed or justified.</summary>
    Blocker = 0,
    /// <summary>A fact is unknown or unverified: the officer should look.</summary>
    Attention = 1,
    /// <summary>Worth knowing; nothing to change.</summary>
    Info = 2,
    /// <summary>A word in a free-text answer that often goes with a rule; a hint, not a verdict.</summary>
    Hint = 3,
}

/// <summary>A fact a finding relied on, as shown to the officer: what it is, its value and where it came from.</summary>
public sealed record FindingFact(string Name, string Value, FactSource Source);

/// <summary>
/// One result of the pre-screen. <see cref="Code"/> is stable across versions of the request, so the findings a
/// change request adds can be marked new (see <see cref="ChangeRequestFindings"/>).
/// </summary>
public sealed record Finding(
    string Code,
    FindingSeverity Severity,
    int? RuleNumber,
    string? RuleText,
    int? ServiceIndex,
    string? ServiceName,
    string Field,
    string Message,
    IReadOnlyList<FindingFact> Facts)
{
    /// <summary>Set on a change request's findings that the amended (confirmed) request did not have.</summary>
    public bool IsNew { get; init; }

    /// <summary>
    /// The values the message quotes (service names, plans, the words found), in the order it quotes them, so a screen
    /// in another language can word the same finding around them. The message itself is Japanese.
    /// </summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>
    /// A catalogue fact the contractor cannot act on (the service is not in the catalogue, the catalogue does not know
    /// its terms type): for the department's review only, never on the contractor's screens.
    /// </summary>
    public bool ForDepartmentOnly { get; init; }

    /// <summary>
    /// The finding only says that a question of the form is not answered yet. Beside the question itself it is left
    /// out (the question shows it is open); it still counts for the department and in the request's list.
    /// </summary>
    public bool IsUnansweredQuestion { get; init; }
}
