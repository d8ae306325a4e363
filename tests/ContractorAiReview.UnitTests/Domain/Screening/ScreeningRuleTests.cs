using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using ContractorAiReview.Domain.Screening.Rules;
using static ContractorAiReview.UnitTests.Domain.Screening.ScreeningTestData;

namespace ContractorAiReview.UnitTests.Domain.Screening;

/// <summary>Each rule on its own, including catalogue facts the real seed does not hold (e.g. no opt-out at all).</summary>
public sealed class ScreeningRuleTests
{
    private static readonly FactSource TestSource = new("テスト用の出典", "https://example.org/terms", new DateOnly(2026, 11, 23));

    private static AiServiceEntry Entry(
        string id, TermsType? terms = TermsType.BusinessContract, bool? trains = false, bool? optOut = null,
        TrainingDataCuration? curation = null, bool? search = null) =>
        new(id, id.ToUpperInvariant(), "プラン", "提供者", [], AiModality.Text,
            new Fact<TermsType?>(terms, terms is null ? FactSource.Unchecked : TestSource),
            new Fact<bool?>(trains, trains is null ? FactSource.Unchecked : TestSource),
            new Fact<bool?>(optOut, optOut is null ? FactSource.Unchecked : TestSource),
            new Fact<TrainingDataCuration?>(curation, curation is null ? FactSource.Unchecked : TestSource),
            new Fact<bool?>(search, search is null ? FactSource.Unchecked : TestSource),
            Fact<string>.Unknown(),
            null);

    private static List<Finding> Check(IScreeningRule rule, AiServiceEntry entry, ServiceDeclaration declaration,
        AiModality modalities = AiModality.Text, TrainingDataProvenance? provenance = null)
    {
        var content = Request(Service(entry.ServiceName, modalities, "", provenance));
        var context = new ScreeningContext(
            new ScreeningInput(content, [declaration with { CatalogueEntryId = entry.Id }], GuidelineKey),
            Guideline, new AiServiceCatalogue([entry]));
        return rule.Check(context).ToList();
    }

    [Fact]
    public void Rule6_TrainsAndNoOptOutExists_BlocksEvenWhenOptOutIsClaimed()
    {
        var finding = Assert.Single(Check(new Rule6TrainingOptOut(), Entry("no-opt-out", trains: true, optOut: false), Clean));

        Assert.Equal(("rule6.opt-out-unavailable", FindingSeverity.Blocker, 6), (finding.Code, finding.Severity, finding.RuleNumber));
        Assert.Equal("Declarations[0].OptOutSet", finding.Field);
        Assert.Contains(finding.Facts, f => f.Name == "オプトアウト設定が可能" && f.Value == "いいえ" && f.Source == TestSource);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public void Rule6_DoesNotTrainByDefault_NothingToSetSaysNothing(bool? optOutSet)
    {
        Assert.Empty(Check(new Rule6TrainingOptOut(), Entry("no-training", trains: false), Clean with { OptOutSet = optOutSet }));
    }

    [Fact]
    public void Rule6_DeclaredNotSetOnAPlanThatDoesNotTrain_BothSourcesShownNeitherOverrides()
    {
        var finding = Assert.Single(Check(new Rule6TrainingOptOut(), Entry("no-training", trains: false), Clean with { OptOutSet = false }));

        Assert.Equal(("rule6.answer-differs-from-catalogue", FindingSeverity.Attention), (finding.Code, finding.Severity));
        Assert.Contains(finding.Facts, f => f.Value == "いいえ" && f.Source == TestSource);
        Assert.Contains(finding.Facts, f => f.Value == "いいえ" && f.Source.Source == "受注者の申告");
    }

    [Fact]
    public void Rule4_ConsumerTerms_BlocksQuotingTheOfficialRuleTextAndTheCatalogueSource()
    {
        var finding = Assert.Single(Check(new Rule4ConsumerTerms(), Entry("consumer", terms: TermsType.ConsumerStandardTerms), Clean));

        Assert.Equal(FindingSeverity.Blocker, finding.Severity);
        Assert.Equal(Guideline.Rule(4).Text, finding.RuleText);
        Assert.Equal("Services[0].TermsOfUse", finding.Field);
        var fact = Assert.Single(finding.Facts);
        Assert.Equal(TestSource, fact.Source);
    }

    [Fact]
    public void Rule4_SearchEngineOnConsumerTerms_IsLeftToRule5()
    {
        var entry = Entry("search", terms: TermsType.ConsumerStandardTerms, search: true);

        Assert.Empty(Check(new Rule4ConsumerTerms(), entry, Clean));
        Assert.Equal("rule5.usage-not-declared", Assert.Single(Check(new Rule5SearchEngineAiAnswers(), entry, Clean)).Code);
    }

    [Fact]
    public void Rule3_CatalogueSaysNotCuratedButFormSaysCurated_AsksTheOfficerToLook()
    {
        var entry = Entry("image", curation: TrainingDataCuration.NotCurated) with { Modalities = AiModality.Image };

        var finding = Assert.Single(Check(new Rule3ImageVideoProvenance(), entry, Clean, AiModality.Image, TrainingDataProvenance.Curated));

        Assert.Equal(("rule3.provenance-contradicts-catalogue", FindingSeverity.Attention), (finding.Code, finding.Severity));
    }

    [Fact]
    public void Rule3_CuratedOnFormAndInCatalogue_SaysNothing()
    {
        var entry = Entry("curated", curation: TrainingDataCuration.Curated);

        Assert.Empty(Check(new Rule3ImageVideoProvenance(), entry, Clean, AiModality.Video, TrainingDataProvenance.Curated));
    }

    [Fact]
    public void Rule3_TextOnlyService_IsNotAsked()
    {
        Assert.Empty(Check(new Rule3ImageVideoProvenance(), Entry("text"), Clean, AiModality.Text | AiModality.Voice));
    }

    [Fact]
    public void UnknownFacts_NeverGiveABlocker()
    {
        var unknown = Entry("unknown", terms: null, trains: null, optOut: null, curation: null, search: null);
        IScreeningRule[] rules = [new Rule3ImageVideoProvenance(), new Rule4ConsumerTerms(), new Rule5SearchEngineAiAnswers(), new Rule6TrainingOptOut()];

        var findings = rules.SelectMany(r => Check(r, unknown, Clean with { OptOutSet = null }, AiModality.Image, TrainingDataProvenance.Curated)).ToList();

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Attention, f.Severity));
    }

    [Theory]
    [InlineData("ＡＩによる概要を参考にする", "rule5.hint.search-ai-answers")]
    [InlineData("問い合わせ対応の回答案を作る", "rule2.hint.direct-service")]
    [InlineData("個人番号を含む帳票の要約に使う", "rule7.hint.personal-data")]
    public void FreeTextHints_WordInMethod_GivesAHintNotAVerdict(string method, string expectedCode)
    {
        var content = With(Request(Service("Azure OpenAI")), r => r.Method = method);

        var finding = Assert.Single(Screen(content, Clean).Findings);

        Assert.Equal((expectedCode, FindingSeverity.Hint, "Method"), (finding.Code, finding.Severity, finding.Field));
    }

    [Fact]
    public void FreeTextHints_NoneWordOutsideUsageLogAnswer_IsNotAHint()
    {
        var content = With(Request(Service("Azure OpenAI")), r => r.SecurityManagement = "特記事項なし");

        Assert.Empty(Screen(content, Clean).Findings);
    }
}
