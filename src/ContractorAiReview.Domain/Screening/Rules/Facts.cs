using ContractorAiReview.Domain.Catalogue;

namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>Turns catalogue facts and declarations into the facts a finding shows, with their sources.</summary>
internal static class Facts
{
    private static readonly FactSource Declared = new("受注者の申告", null, null);
    private static readonly FactSource Form = new("確認依頼書の記載", null, null);

    /// <summary>The source of what the contractor wrote on the form.</summary>
    public static FactSource FormSource => Form;

    /// <summary>The source of what an entry records without a fact of its own (its name, its kinds of output).</summary>
    public static readonly FactSource CatalogueEntry = new("AIサービスカタログの登録内容", null, null);

    public static FindingFact Catalogue<T>(string name, Fact<T?> fact, Func<T, string> describe)
        where T : struct =>
        new(name, fact.Value is { } value ? describe(value) : "不明", fact.Source);

    public static FindingFact Declaration(string name, bool? answer, bool unknown = false) =>
        new(name, unknown ? "わからない" : answer switch { true => "はい", false => "いいえ", null => "未回答" }, Declared);

    public static FindingFact OnForm(string name, string value) => new(name, value, Form);

    public static FindingFact NotCatalogued(ScreenedService service) =>
        new("カタログ", service.MatchKind == CatalogueMatchKind.Ambiguous
            ? $"「{service.Name}」はプランが選択されていないため、カタログの情報を使えない"
            : $"「{service.Name}」はカタログに未登録", Form);

    public static string YesNo(bool value) => value ? "はい" : "いいえ";

    public static string Describe(TermsType terms) => terms switch
    {
        TermsType.ConsumerStandardTerms => "一般向けの定型約款・規約への同意のみで利用可能",
        TermsType.BusinessContract => "法人向け契約",
        TermsType.ApiTerms => "API利用規約",
        _ => terms.ToString(),
    };

    public static string Describe(TrainingDataCuration curation) => curation switch
    {
        TrainingDataCuration.Curated => "選別したコンテンツのみを学習",
        TrainingDataCuration.NotCurated => "選別したコンテンツのみではない",
        _ => curation.ToString(),
    };
}
