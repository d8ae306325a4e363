using System.Text.RegularExpressions;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using CsCheck;
using static ContractorAiReview.UnitTests.Domain.Screening.ScreeningTestData;

namespace ContractorAiReview.UnitTests.Domain.Screening;

/// <summary>
/// Every rule on random requests (CsCheck): names from the catalogue and typed ones, any kinds, any answers or none,
/// free text from fragments with and without hint words, missing rows. The screen never throws, and the order of the
/// services changes nothing but where each finding is placed.
/// </summary>
public sealed partial class ScreeningPropertyTests
{
    private static readonly string[] Names =
    [
        .. Catalogue.Entries.Select(e => e.ServiceName).Distinct().Take(12),
        "chatgpt", "ＣｈａｔＧＰＴ", "社内AI", "画像生成ツールZ", "", " ",
    ];

    private static readonly string[] Fragments =
    [
        "", "特になし", "未定", "-", "個人情報は入力しない", "相談記録を要約する", "チャットボットで自動回答する", "お問い合わせへの返信案",
        "個人情報保護法を遵守する", "検索エンジンのAIによる概要", "ログを90日間保存し責任者が確認する", "ログは記録しない", "無料版", "法人契約",
        "報告書の下書きを作成し担当者が確認する", "マイナンバーを含む",
    ];

    private static readonly Gen<bool?> Answer = Gen.OneOf(new bool?[] { true, false, null });

    private static readonly Gen<string> Text = Gen.Int[0, 3].SelectMany(n => Gen.OneOf(Fragments).Array[n]).Select(parts => string.Join("。", parts));

    private static readonly Gen<ServiceDeclaration?> Declaration =
        Gen.Null(Gen.Select(Gen.OneOf<string?>([null, "no-such-entry", .. Catalogue.Entries.Take(10).Select(e => e.Id)]), Answer, Answer, Answer, Answer, Answer,
                Gen.OneOf(new string?[] { null, "Free", "Enterprise" }))
            .Select(t => new ServiceDeclaration
            {
                CatalogueEntryId = t.Item1, OptOutSet = t.Item2, OutputReachesCitizensDirectly = t.Item3, PersonalOrConfidentialInput = t.Item4,
                UsedForAiAnswers = t.Item5, SimilarityCheckCommitted = t.Item6, Plan = t.Item7,
            }), 0.1);

    private static readonly Gen<AiServiceUse?> ServiceRow =
        Gen.Null(Gen.Select(Gen.OneOf(Names), Gen.Int[0, 31],
                Gen.OneOf(new TrainingDataProvenance?[] { null, TrainingDataProvenance.Curated, TrainingDataProvenance.NotCuratedOrUnknown }), Text, Declaration)
            .Select(t => new AiServiceUse
            {
                ServiceName = t.Item1, Modalities = (AiModality)t.Item2, Provenance = t.Item3, TermsOfUse = t.Item4,
                Declaration = t.Item5!,
            }), 0.1);

    private static readonly Gen<RequestContent> Requests =
        Gen.Select(ServiceRow.Array[0, 4], Text, Text, Text, Text)
            .Select(t => new RequestContent
            {
                Services = [.. t.Item1!.Select(row => row!)],
                Business = t.Item2, Method = t.Item3, UsageLogManagement = t.Item4, ScopeOfUsers = t.Item5, LegalCompliance = t.Item2,
            });

    [Fact]
    public void Screen_AnyRequest_NeverThrows()
    {
        Requests.Sample(content => Screener.Screen(ScreeningInput.Of(content, GuidelineKey)), iter: 3000);
    }

    [Fact]
    public void Screen_ServicesReordered_SameFindingsInOtherPlaces()
    {
        Gen.Select(Requests, Gen.Int).Sample(t =>
        {
            var (content, seed) = t;
            var shuffle = new Random(seed);
            var reordered = new RequestContent
            {
                Services = [.. content.Services.Select(s => (Row: s, Key: shuffle.Next())).OrderBy(p => p.Key).Select(p => p.Row)],
                Business = content.Business, Method = content.Method, UsageLogManagement = content.UsageLogManagement,
                ScopeOfUsers = content.ScopeOfUsers, LegalCompliance = content.LegalCompliance,
            };

            return Placeless(content).SequenceEqual(Placeless(reordered));
        }, iter: 1500);
    }

    [Fact]
    public void FromJson_MissingRowsAndAnswers_ReadAsUnansweredAndScreened()
    {
        var content = RequestContent.FromJson("""{"Services":[null,{"ServiceName":null,"Declaration":null,"Modalities":4}],"Business":null,"TickedChecklistItems":null}""");

        Assert.Single(content.Services);
        Assert.Equal("", content.Services[0].ServiceName);
        Assert.Same(ServiceDeclaration.Unanswered, content.Services[0].Declaration);
        Assert.Empty(content.TickedChecklistItems);
        Assert.NotEmpty(Screener.Screen(ScreeningInput.Of(content, GuidelineKey)).Findings);
    }

    /// <summary>The findings without where they stand: codes, severities, rules and messages, services named by name.</summary>
    private static List<string> Placeless(RequestContent content) =>
        [.. Screener.Screen(ScreeningInput.Of(content, GuidelineKey)).Findings
            .Select(f => Index().Replace($"{f.Severity} {f.RuleNumber} {f.Code} {f.Field} {f.Message} {string.Join("|", f.Facts.Select(x => x.Name + "=" + x.Value))}", "#"))
            .Order(StringComparer.Ordinal)];

    // Positions: "Services[2]", "Declarations[0]", and the stand-in name of an unnamed row, 「サービス3」.
    [GeneratedRegex(@"\[\d+\]|サービス\d+")]
    private static partial Regex Index();
}
