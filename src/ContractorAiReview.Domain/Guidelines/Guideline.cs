namespace ContractorAiReview.Domain.Guidelines;

/// <summary>
/// One version of a municipality's contractor guideline, read from <c>templates/&lt;name&gt;/&lt;version&gt;/guideline.json</c>.
/// The official wording lives there as data; code never hard-codes it. A filed request keeps the key of the
/// version it was filed under.
/// </summary>
public sealed record Guideline(
    string Key,
    string Municipality,
    string Title,
    string Version,
    DateOnly IssuedOn,
    GuidelineSource Source,
    IReadOnlyList<UsageRule> UsageRules,
    IReadOnlyList<ChecklistItem> ChecklistItems,
    SpecialSpecificationText SpecialSpecification,
    RequestFormText RequestForm)
{
    public UsageRule Rule(int number) => UsageRules.Single(r => r.Number == number);
}

public sealed record GuidelineSource(string Document, string Seed, string? Note);

/// <summary>利用規定: one of the numbered usage rules.</summary>
public sealed record UsageRule(int Number, string Text);

/// <summary>遵守チェックリストの項目.</summary>
public sealed record ChecklistItem(int Number, string Text);

/// <summary>生成AI利用に関する特記仕様書 as the guideline words it.</summary>
public sealed record SpecialSpecificationText(string Title, string Preamble, string RulesHeading, IReadOnlyList<string> Clauses);

/// <summary>Labels and fixed paragraphs of 生成AI利用に関する確認依頼書 and its attached sheet.</summary>
public sealed record RequestFormText(
    string Title,
    string AddresseePrefix,
    string AddressLabel,
    string NameLabel,
    string RepresentativeLabel,
    IReadOnlyList<string> Pledge,
    string ItemContract,
    string ItemKind,
    string KindNew,
    string KindChange,
    string ItemUser,
    string UserContractor,
    string UserSubcontractor,
    string ItemDetails,
    string ItemDetailsNote,
    string ContactLabel,
    string SheetTitle,
    string Part1Title,
    RequestFormPart1Rows Part1Rows,
    string Part2Title,
    string Part2Lead,
    string Part2Heading,
    string Closing,
    RequestFormLabels Labels);

/// <summary>
/// The form's own sub-labels: the column heads of its tables, the bullets of (1), (2) and (4), the kinds of AI in (2),
/// the contact rows and the subcontractor's company prefix, as the form image in the seed shows them.
/// </summary>
public sealed record RequestFormLabels(
    string ItemHeader,
    string ContentHeader,
    string TickHeader,
    string Business,
    string Purpose,
    string Method,
    string ServiceKinds,
    string ServiceName,
    string Provider,
    string TermsOfUse,
    string SecurityManagement,
    string UsageLogManagement,
    string ContactDepartment,
    string ContactName,
    string ContactPhone,
    string ContactFax,
    string CompanyPrefix,
    RequestFormModalities Modalities);

/// <summary>The five tick boxes of 利用する生成 AI の種類 in (2), ①文章 to ⑤その他.</summary>
public sealed record RequestFormModalities(string Text, string Voice, string Image, string Video, string Other)
{
    public string Of(Requests.AiModality modality) => modality switch
    {
        Requests.AiModality.Text => Text,
        Requests.AiModality.Voice => Voice,
        Requests.AiModality.Image => Image,
        Requests.AiModality.Video => Video,
        Requests.AiModality.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, "One kind at a time."),
    };
}

public sealed record RequestFormPart1Rows(
    string Usage,
    string Services,
    string Provenance,
    string ProvenanceCurated,
    string ProvenanceNotCurated,
    string ScopeOfUsers,
    string Management,
    string Legal);
