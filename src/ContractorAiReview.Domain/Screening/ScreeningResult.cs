namespace ContractorAiReview.Domain.Screening;

/// <summary>The findings of one screen, ordered whole-request first, then by service, severity and rule.</summary>
public sealed record ScreeningResult(IReadOnlyList<Finding> Findings)
{
    public bool HasBlockers => Findings.Any(f => f.Severity == FindingSeverity.Blocker);

    /// <summary>The findings that stop submission until the request is changed or a justification is written.</summary>
    public IEnumerable<Finding> Blockers => Findings.Where(f => f.Severity == FindingSeverity.Blocker);

    public IEnumerable<Finding> ForService(int serviceIndex) => Findings.Where(f => f.ServiceIndex == serviceIndex);

    /// <summary>What the contractor's screens show: every finding but the catalogue facts only the department can act on.</summary>
    public IEnumerable<Finding> ForContractor => Findings.Where(f => !f.ForDepartmentOnly);

    public IEnumerable<Finding> ForRequest => Findings.Where(f => f.ServiceIndex is null);
}
