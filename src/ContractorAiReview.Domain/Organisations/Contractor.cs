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

    /// <summary>法人番号 (13 digits, see <see cref="Organisations.CorporateNumber"/>); none for a sole proprietor.</summary>
    public string? CorporateNumber { get; set; }

    /// <summary>指定管理者: the company manages a public facility under a designated-management agreement.</summary>
    public bool IsDesignatedManager { get; set; }
}
