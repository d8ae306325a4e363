using ContractorAiReview.Domain.Organisations;

namespace ContractorAiReview.Domain.Contracts;

/// <summary>契約 or 指定管理の協定 between a department and a contractor.</summary>
public sealed class Contract
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ContractKind Kind { get; set; }

    /// <summary>The fiscal year the contract was concluded in, as its Gregorian start year (2026 = 令和8年度).</summary>
    public int FiscalYear { get; set; }

    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public int ContractorId { get; set; }
    public Contractor? Contractor { get; set; }

    /// <summary>The guideline version whose special specification procurement attached, e.g. "osaka-contractor/1.1"; null while none is attached.</summary>
    public string? SpecialSpecificationVersion { get; private set; }
    public DateTimeOffset? SpecialSpecificationAttachedAtUtc { get; private set; }

    public bool HasSpecialSpecification => SpecialSpecificationVersion is not null;

    public void AttachSpecialSpecification(string guidelineVersion, DateTimeOffset nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(guidelineVersion);
        SpecialSpecificationVersion = guidelineVersion;
        SpecialSpecificationAttachedAtUtc = nowUtc;
    }
}
