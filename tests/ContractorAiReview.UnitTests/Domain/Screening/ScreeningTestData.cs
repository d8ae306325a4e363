using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;

namespace ContractorAiReview.UnitTests.Domain.Screening;

/// <summary>The real guideline and catalogue files, and builders for realistic requests.</summary>
internal static class ScreeningTestData
{
    public const string GuidelineKey = "osaka-contractor/1.1";

    public static readonly string RepositoryRoot = FindRepositoryRoot();

    public static readonly string CataloguePath = Path.Combine(RepositoryRoot, "seed-data", "ai-services.json");

    public static readonly Guideline Guideline =
        GuidelineLibrary.Parse(Path.Combine(RepositoryRoot, "templates", "osaka-contractor", "1.1", "guideline.json"));

    public static readonly AiServiceCatalogue Catalogue = AiServiceCatalogue.Load(CataloguePath);

    public static readonly RequestScreener Screener = new(Guideline, Catalogue);

    /// <summary>Answers that break no rule: opt-out set, no direct service, no personal data, outputs checked.</summary>
    public static readonly ServiceDeclaration Clean = new()
    {
        OptOutSet = true,
        OutputReachesCitizensDirectly = false,
        PersonalOrConfidentialInput = false,
        SimilarityCheckCommitted = true,
    };

    /// <summary>A filled-in request whose free text carries none of the hint words.</summary>
    public static RequestContent Request(params AiServiceUse[] services) => new()
    {
        ContractorName = "株式会社なにわ施設管理",
        Business = "〇〇区民センターの管理運営業務",
        Purpose = "月次報告書の作成の効率化",
        Method = "報告書の構成案と文章の下書きを生成し、担当者が内容を確認して加筆・修正する。",
        Services = [.. services],
        ScopeOfUsers = "本業務の担当者3名（情報セキュリティ研修を受講した者に限る）",
        SecurityManagement = "情報セキュリティ責任者を置き、利用アカウントは会社が発行・管理する。",
        UsageLogManagement = "利用者・日時・サービス・入力内容の概要を利用管理簿に記録し、1年間保存して責任者が毎月確認する。",
        LegalCompliance = "関係法令及び各サービスの利用規約を確認し、社内研修で周知する。",
    };

    /// <summary>The request after one change, so a scenario reads as "a clean request, except ...".</summary>
    public static RequestContent With(RequestContent content, Action<RequestContent> change)
    {
        change(content);
        return content;
    }

    public static AiServiceUse Service(string name, AiModality modalities = AiModality.Text, string terms = "",
        TrainingDataProvenance? provenance = null) => new()
    {
        ServiceName = name,
        Modalities = modalities,
        TermsOfUse = terms,
        Provenance = provenance,
    };

    public static ScreeningResult Screen(RequestContent content, params ServiceDeclaration[] declarations) =>
        Screener.Screen(new ScreeningInput(content, declarations, GuidelineKey));

    /// <summary>A finding as one comparable line: severity, rule, code and where it is shown.</summary>
    public static string Describe(Finding f) =>
        $"{f.Severity} r{f.RuleNumber?.ToString() ?? "-"} {f.Code} " + (f.ServiceIndex is { } i ? $"s{i}" : $"req:{f.Field}");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContractorAiReview.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ContractorAiReview.sln was not found above the test output folder.");
    }
}
