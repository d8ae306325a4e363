namespace ContractorAiReview.Domain.Organisations;

/// <summary>受注者 / 指定管理者: the company that performs a contract or designated-management agreement.</summary>
public sealed class Contractor
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>主たる営業所（又は支店等）の所在地.</summary>
    public required string Address { get; set; }
    public required string RepresentativeTitle { get; set; }
    public required string RepresentativeName { get; set; }
}
