using ContractorAiReview.Domain.Organisations;

namespace ContractorAiReview.Domain.Contracts;

/// <summary>契約 or 指定管理の協定 between a department and a contractor.</summary>
public sealed class Contract
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ContractKind Kind { get; set; }

    /// <summary>What the contract is for; some types get no special specification.</summary>
    public ContractType Type { get; set; }

    /// <summary>契約番号 as procurement numbers it; unique within a fiscal year.</summary>
    public string? ContractNumber { get; set; }

    /// <summary>The fiscal year the contract was concluded in, as its Gregorian start year (2026 = 令和8年度).</summary>
    public int FiscalYear { get; set; }

    /// <summary>契約期間 (協定期間), first and last day.</summary>
    public DateOnly? TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }

    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public int ContractorId { get; set; }
    public Contractor? Contractor { get; set; }

    /// <summary>The guideline version whose special specification procurement attached, e.g. "osaka-contractor/1.1"; null while none is attached.</summary>
    public string? SpecialSpecificationVersion { get; private set; }
    public DateTimeOffset? SpecialSpecificationAttachedAtUtc { get; private set; }

    public bool HasSpecialSpecification => SpecialSpecificationVersion is not null;

    /// <summary>Whether the guideline lets a special specification be attached to this contract at all.</summary>
    public bool CanHaveSpecialSpecification => !Type.IsExcludedFromSpecification();

    public void AttachSpecialSpecification(string guidelineVersion, DateTimeOffset nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(guidelineVersion);
        if (!CanHaveSpecialSpecification)
        {
            throw new InvalidOperationException($"A {Type} contract gets no special specification (guideline: 対象外).");
        }

        SpecialSpecificationVersion = guidelineVersion;
        SpecialSpecificationAttachedAtUtc = nowUtc;
    }
}
