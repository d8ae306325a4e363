namespace ContractorAiReview.Domain.Contracts;

/// <summary>
/// What the contract is for. The contractor guideline (seed 002, 2 対象) leaves three kinds without a special
/// specification: sale contracts (売払い契約), lease contracts (貸付け契約) and contracts with no room for one
/// (申込による契約等).
/// </summary>
public enum ContractType
{
    /// <summary>業務委託・請負.</summary>
    Services = 0,
    /// <summary>物品の買入れ.</summary>
    Purchase = 1,
    /// <summary>借入れ（賃借）.</summary>
    Borrowing = 2,
    /// <summary>その他の契約.</summary>
    Other = 3,
    /// <summary>売払い契約: excluded.</summary>
    Sale = 10,
    /// <summary>貸付け契約: excluded.</summary>
    Lease = 11,
    /// <summary>申込による契約等 (no room for a special specification): excluded.</summary>
    ByApplication = 12,
}

public static class ContractTypes
{
    /// <summary>True where the guideline attaches no special specification to this kind of contract.</summary>
    public static bool IsExcludedFromSpecification(this ContractType type) =>
        type is ContractType.Sale or ContractType.Lease or ContractType.ByApplication;
}
