namespace ContractorAiReview.Domain.Contracts;

public enum ContractKind
{
    /// <summary>契約 (請負、買入、借入その他の契約).</summary>
    Contract = 0,
    /// <summary>指定管理の協定.</summary>
    DesignatedManagement = 1,
}
