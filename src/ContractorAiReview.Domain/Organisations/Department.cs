namespace ContractorAiReview.Domain.Organisations;

/// <summary>発注者 / 業務所管部署: a section of a bureau (〇〇局〇〇課) that commissions contracts and reviews their requests.</summary>
public sealed class Department
{
    public int Id { get; set; }

    public required string Bureau
    {
        get;
        set
        {
            field = value.Trim();
            Name = field + Section;
        }
    }

    public required string Section
    {
        get;
        set
        {
            field = value.Trim();
            Name = Bureau + field;
        }
    }

    /// <summary>
    /// The name as the form addresses it, e.g. 市民局総務課: always bureau + section, kept as a column so that queries
    /// can filter, sort and project it.
    /// </summary>
    public string Name { get; private set; } = "";

    /// <summary>The contact printed on the department's documents.</summary>
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>A deactivated department keeps its history but gets no new contracts or staff.</summary>
    public bool IsActive { get; set; } = true;

    public const int DefaultStandardProcessingDays = 10;
    public const int MaxStandardProcessingDays = 60;

    /// <summary>
    /// 標準処理期間: the business days (開庁日) the department takes to decide a filed request, counted from the day
    /// after it arrives. Sets the decision date a request is given when it is filed.
    /// </summary>
    public int StandardProcessingDays { get; set; } = DefaultStandardProcessingDays;
}
