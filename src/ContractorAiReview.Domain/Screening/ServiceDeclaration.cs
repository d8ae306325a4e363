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

    /// <summary>利用規約への同意はクリック（定型約款への同意）のみで行ったか (約款・クリックオン, rule 4).</summary>
    public bool? TermsAcceptedByClickOnly { get; init; }

    /// <summary>
    /// The questions the contractor answered わからない (by property name): an answer of its own, not "not answered".
    /// Their yes/no value stays null; the screen asks the department to find out instead of asking the contractor again.
    /// </summary>
    public IReadOnlyList<string> AnsweredUnknown { get; init; } = [];

    public bool IsUnknown(string question) => AnsweredUnknown.Contains(question, StringComparer.Ordinal);

    /// <summary>This declaration with one question answered わからない, or no longer so.</summary>
    public ServiceDeclaration WithUnknown(string question, bool unknown) => this with
    {
        AnsweredUnknown = unknown
            ? [.. AnsweredUnknown.Where(q => q != question), question]
            : [.. AnsweredUnknown.Where(q => q != question)],
    };

    public static readonly ServiceDeclaration Unanswered = new();

    // Value equality over the list too: a declaration read back from JSON equals the one written.
    public bool Equals(ServiceDeclaration? other) =>
        other is not null
        && CatalogueEntryId == other.CatalogueEntryId && Plan == other.Plan && OptOutSet == other.OptOutSet
        && OutputReachesCitizensDirectly == other.OutputReachesCitizensDirectly
        && PersonalOrConfidentialInput == other.PersonalOrConfidentialInput && UsedForAiAnswers == other.UsedForAiAnswers
        && SimilarityCheckCommitted == other.SimilarityCheckCommitted && TermsAcceptedByClickOnly == other.TermsAcceptedByClickOnly
        && AnsweredUnknown.Order(StringComparer.Ordinal).SequenceEqual(other.AnsweredUnknown.Order(StringComparer.Ordinal));

    public override int GetHashCode() => HashCode.Combine(
        HashCode.Combine(CatalogueEntryId, Plan, OptOutSet, OutputReachesCitizensDirectly, PersonalOrConfidentialInput, UsedForAiAnswers),
        SimilarityCheckCommitted, TermsAcceptedByClickOnly, AnsweredUnknown.Count);
}
