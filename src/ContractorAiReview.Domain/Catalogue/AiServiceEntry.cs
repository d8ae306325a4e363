using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Catalogue;

/// <summary>
/// One known generative-AI service and plan in the administrator-edited catalogue (seed-data/ai-services.json).
/// Every fact carries where it came from; a fact nobody could find published stays unknown.
/// </summary>
public sealed record AiServiceEntry(
    string Id,
    string ServiceName,
    string Plan,
    string Provider,
    IReadOnlyList<string> Aliases,
    AiModality Modalities,
    Fact<TermsType?> TermsType,
    Fact<bool?> TrainsOnInputByDefault,
    Fact<bool?> OptOutAvailable,
    Fact<TrainingDataCuration?> TrainingDataProvenance,
    Fact<bool?> IsSearchEngineWithAiAnswers,
    Fact<string> DataLocation,
    string? Note)
{
    /// <summary>Service name and plan as shown to contractors and officers.</summary>
    public string DisplayName => $"{ServiceName}（{Plan}）";
}

/// <summary>How the service is contracted: the distinction rule 4 turns on.</summary>
public enum TermsType
{
    /// <summary>定型約款・規約への同意のみで利用可能な一般向けサービス (rule 4).</summary>
    ConsumerStandardTerms = 1,
    /// <summary>法人向けの契約・法人向けプラン.</summary>
    BusinessContract = 2,
    /// <summary>クラウドAPIの利用規約・データ処理条項.</summary>
    ApiTerms = 3,
}

/// <summary>What the provider publishes about the training data of an image or video model (rule 3).</summary>
public enum TrainingDataCuration
{
    /// <summary>許諾済み・著作権切れ等、選別したコンテンツのみで学習していると提供者が公表.</summary>
    Curated = 1,
    /// <summary>選別していないと提供者が公表.</summary>
    NotCurated = 2,
}

/// <summary>A catalogue fact: its value, or null when not published or not checked, and its source.</summary>
public sealed record Fact<T>(T? Value, FactSource Source)
{
    public bool IsKnown => Value is not null;

    public static Fact<T> Unknown() => new(default, FactSource.Unchecked);
}

/// <summary>
/// Where a fact came from. <paramref name="Secondary"/> marks a fact read in a third party's report or quotation
/// of the provider's page rather than on the provider's page itself, so an administrator knows to re-check it.
/// </summary>
public sealed record FactSource(string Source, string? Url, DateOnly? CheckedOn, bool Secondary = false)
{
    /// <summary>The source recorded for a fact nobody found published.</summary>
    public static readonly FactSource Unchecked = new("未確認", null, null);

    public override string ToString()
    {
        var text = Url is null ? Source : $"{Source} <{Url}>";
        if (Secondary)
        {
            text += "（二次情報）";
        }

        return CheckedOn is { } date ? $"{text}（{date:yyyy-MM-dd} 確認）" : text;
    }
}
