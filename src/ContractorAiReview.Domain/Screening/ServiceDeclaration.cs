namespace ContractorAiReview.Domain.Screening;

/// <summary>
/// The structured answers kept next to one service of the official form (2). They supplement the form's wording,
/// never replace it. Null means "not answered": the screen then asks the officer to look, it never assumes.
/// </summary>
public sealed record ServiceDeclaration
{
    /// <summary>The catalogue entry the contractor picked; null when it typed a service not in the catalogue.</summary>
    public string? CatalogueEntryId { get; init; }

    /// <summary>利用プラン as the contractor names it (e.g. "Enterprise").</summary>
    public string? Plan { get; init; }

    /// <summary>入力情報を学習しない設定（オプトアウト）をしているか (rule 6).</summary>
    public bool? OptOutSet { get; init; }

    /// <summary>生成物が市民や事業者へ直接届くか (rule 2).</summary>
    public bool? OutputReachesCitizensDirectly { get; init; }

    /// <summary>履行に関して知り得た秘密・個人情報を入力するか (rule 7).</summary>
    public bool? PersonalOrConfidentialInput { get; init; }

    /// <summary>For a search engine with AI answers: whether its AI answers are used, not only its search results (rule 5).</summary>
    public bool? UsedForAiAnswers { get; init; }

    /// <summary>For image or video: whether the contractor checks outputs for similarity to existing works (rule 3).</summary>
    public bool? SimilarityCheckCommitted { get; init; }

    public static readonly ServiceDeclaration Unanswered = new();
}
