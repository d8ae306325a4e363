namespace ContractorAiReview.Domain.Organisations;

/// <summary>発注者 / 業務所管部署: a section of a bureau (〇〇局〇〇課) that commissions contracts and reviews their requests.</summary>
public sealed class Department
{
    public int Id { get; set; }
    public required string Bureau { get; set; }
    public required string Section { get; set; }
    public string? Phone { get; set; }

    /// <summary>The name as the form addresses it, e.g. 市民局総務課.</summary>
    public string Name => Bureau + Section;
}
