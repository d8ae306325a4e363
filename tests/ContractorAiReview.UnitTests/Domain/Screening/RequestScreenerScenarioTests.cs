using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using static ContractorAiReview.UnitTests.Domain.Screening.ScreeningTestData;

namespace ContractorAiReview.UnitTests.Domain.Screening;

/// <summary>
/// Realistic requests and the exact findings the screen must give, screened against the real guideline 1.1 and the
/// real catalogue in seed-data/. A change to either that changes a verdict shows up here.
/// </summary>
public sealed class RequestScreenerScenarioTests
{
    private sealed record Scenario(RequestContent Content, ServiceDeclaration[] Declarations, string[] Expected);

    private static readonly Dictionary<string, Scenario> Scenarios = new()
    {
        // Clean requests: nothing to say.
        ["azure-openai-report-drafting-clean"] = new(
            Request(Service("Azure OpenAI Service")), [Clean with { CatalogueEntryId = "azure-openai" }],
            []),
        ["m365-copilot-typed-name-clean"] = new(
            Request(Service("Microsoft 365 Copilot", terms: "Microsoft 365 E3 + Copilot ライセンス（法人契約）")), [Clean],
            []),
        ["chatgpt-enterprise-full-width-alias-clean"] = new(
            Request(Service("ＣｈａｔＧＰＴ　Ｅｎｔｅｒｐｒｉｓｅ", terms: "ChatGPT Enterprise 法人契約")), [Clean],
            []),
        ["chatgpt-typed-with-declared-enterprise-plan-clean"] = new(
            Request(Service("ChatGPT")), [Clean with { Plan = "Enterprise" }],
            []),
        ["blank-draft-row-ignored"] = new(
            Request(Service("Azure OpenAI"), new AiServiceUse()), [Clean],
            []),

        // Rule 4: consumer services on standard terms.
        ["chatgpt-free-picked"] = new(
            Request(Service("ChatGPT", terms: "無料版")), [Clean with { CatalogueEntryId = "chatgpt-personal" }],
            ["Blocker r4 rule4.consumer-terms s0"]),
        ["chatgpt-plus-narrowed-by-plan-opt-out-off"] = new(
            Request(Service("ChatGPT")), [Clean with { Plan = "Plus", OptOutSet = false }],
            ["Blocker r4 rule4.consumer-terms s0", "Blocker r6 rule6.opt-out-not-set s0"]),
        ["microsoft-copilot-consumer-opt-out-unanswered"] = new(
            Request(Service("Microsoft Copilot")), [Clean with { OptOutSet = null }],
            ["Blocker r4 rule4.consumer-terms s0", "Attention r6 rule6.opt-out-not-declared s0"]),
        ["deepl-free-translation"] = new(
            Request(Service("DeepL")), [Clean with { Plan = "無料版", OptOutSet = null }],
            ["Blocker r4 rule4.consumer-terms s0", "Attention r6 rule6.opt-out-not-declared s0"]),
        ["claude-pro-every-declaration-breaks-a-rule"] = new(
            Request(Service("Claude")),
            [new ServiceDeclaration { Plan = "Pro", OptOutSet = false, OutputReachesCitizensDirectly = true, PersonalOrConfidentialInput = true }],
            ["Blocker r2 rule2.direct-to-citizens s0", "Blocker r4 rule4.consumer-terms s0",
             "Blocker r6 rule6.opt-out-not-set s0", "Blocker r7 rule7.personal-or-confidential-input s0"]),

        // Catalogue coverage.
        ["chatgpt-typed-without-plan-is-ambiguous"] = new(
            Request(Service("chatgpt")), [Clean],
            ["Attention r- catalogue.plan-not-chosen s0", "Attention r4 rule4.terms-unverified s0"]),
        ["uncatalogued-in-house-chat-tool"] = new(
            Request(Service("社内チャットツールY", terms: "自社開発（社内サーバーで運用）")), [Clean],
            ["Info r- catalogue.not-catalogued s0", "Attention r4 rule4.terms-unverified s0"]),
        ["uncatalogued-free-writing-tool-opt-out-unanswered"] = new(
            Request(Service("XYZ AIライティング", terms: "無料プラン")), [Clean with { OptOutSet = null }],
            ["Info r- catalogue.not-catalogued s0", "Attention r4 rule4.terms-unverified s0",
             "Attention r6 rule6.training-unknown s0", "Hint r4 rule4.hint.consumer-plan s0"]),
        ["vertex-ai-facts-unknown"] = new(
            Request(Service("Vertex AI")), [Clean with { CatalogueEntryId = "vertex-ai", OptOutSet = false }],
            ["Attention r4 rule4.terms-unknown s0", "Attention r6 rule6.training-unknown s0"]),
        ["gemini-api-free-tier-opt-out-claimed"] = new(
            Request(Service("Gemini API")), [Clean with { CatalogueEntryId = "gemini-api-unpaid" }],
            ["Attention r6 rule6.opt-out-unverified s0"]),

        // Rule 5: search engines.
        ["google-search-ai-overviews-used-for-answers"] = new(
            Request(Service("Google")), [Clean with { UsedForAiAnswers = true }],
            ["Blocker r5 rule5.ai-answers s0"]),
        ["bing-search-only"] = new(
            Request(Service("Bing")), [Clean with { UsedForAiAnswers = false }],
            ["Info r5 rule5.search-only s0"]),
        ["perplexity-pro-usage-unanswered"] = new(
            Request(Service("Perplexity Pro")), [Clean],
            ["Attention r5 rule5.usage-not-declared s0"]),
        ["uncatalogued-search-tool-ai-answers-declared"] = new(
            Request(Service("業界ニュース検索Z")), [Clean with { UsedForAiAnswers = true }],
            ["Info r- catalogue.not-catalogued s0", "Attention r4 rule4.terms-unverified s0", "Blocker r5 rule5.ai-answers-declared s0"]),

        // Rule 2 and rule 7, with free-text hints.
        ["citizen-inquiry-chatbot"] = new(
            With(Request(Service("Azure OpenAI")), r => r.Method = "市民からの問合せにチャットボットで自動回答する。"),
            [Clean with { OutputReachesCitizensDirectly = true }],
            ["Blocker r2 rule2.direct-to-citizens s0", "Hint r2 rule2.hint.direct-service req:Method"]),
        ["consultation-records-with-names-entered"] = new(
            With(Request(Service("Gemini for Google Workspace")), r => r.Purpose = "相談記録の要約（氏名・住所を含む）"),
            [Clean with { PersonalOrConfidentialInput = true }],
            ["Blocker r7 rule7.personal-or-confidential-input s0", "Hint r7 rule7.hint.personal-data req:Purpose"]),
        ["my-number-said-not-to-be-entered-is-no-hint"] = new(
            With(Request(Service("Azure OpenAI")), r => r.LegalCompliance = "マイナンバーを含む情報は入力しないことを社内規程で定める。"),
            [Clean],
            []),
        ["m365-copilot-declarations-unanswered"] = new(
            Request(Service("Microsoft 365 Copilot")), [],
            ["Attention r2 rule2.not-declared s0", "Attention r7 rule7.not-declared s0"]),

        // Rule 13.
        ["no-usage-log-management"] = new(
            With(Request(Service("Azure OpenAI")), r => r.UsageLogManagement = ""),
            [Clean],
            ["Blocker r13 rule13.usage-log-missing req:UsageLogManagement"]),
        ["usage-log-answered-none"] = new(
            With(Request(Service("Azure OpenAI")), r => r.UsageLogManagement = "特になし"),
            [Clean],
            ["Blocker r13 rule13.usage-log-missing req:UsageLogManagement"]),
        ["scope-of-users-missing"] = new(
            With(Request(Service("Azure OpenAI")), r => r.ScopeOfUsers = " "),
            [Clean],
            ["Blocker r13 rule13.scope-of-users-missing req:ScopeOfUsers"]),

        // Rule 3: image and video.
        ["firefly-curated-flyer-images"] = new(
            Request(Service("Adobe Firefly", AiModality.Image, "Creative Cloud 法人版", TrainingDataProvenance.Curated)), [Clean],
            ["Attention r4 rule4.terms-unknown s0"]),
        ["firefly-provenance-not-answered"] = new(
            Request(Service("Firefly", AiModality.Image)), [Clean],
            ["Attention r3 rule3.provenance-not-answered s0", "Attention r4 rule4.terms-unknown s0"]),
        ["midjourney-not-curated-with-similarity-check"] = new(
            Request(Service("Midjourney", AiModality.Image, "Pro プラン", TrainingDataProvenance.NotCuratedOrUnknown)), [Clean],
            ["Attention r3 rule3.deliverable-consent-required s0", "Attention r4 rule4.terms-unknown s0"]),
        ["stable-diffusion-without-similarity-check"] = new(
            Request(Service("Stable Diffusion", AiModality.Image, "", TrainingDataProvenance.NotCuratedOrUnknown)),
            [Clean with { SimilarityCheckCommitted = false }],
            ["Blocker r3 rule3.no-similarity-check s0", "Attention r4 rule4.terms-unknown s0"]),
        ["chatgpt-enterprise-images-claimed-curated"] = new(
            Request(Service("ChatGPT Enterprise", AiModality.Text | AiModality.Image, "", TrainingDataProvenance.Curated)), [Clean],
            ["Attention r3 rule3.provenance-unverified s0"]),
        ["uncatalogued-video-tool-claimed-curated"] = new(
            Request(Service("動画生成ツールV", AiModality.Video, "法人契約", TrainingDataProvenance.Curated)), [Clean],
            ["Info r- catalogue.not-catalogued s0", "Attention r3 rule3.provenance-unverified s0", "Attention r4 rule4.terms-unverified s0"]),

        // Several services in one request: findings stay with their service.
        ["mixed-services"] = new(
            Request(
                Service("Azure OpenAI"),
                Service("ChatGPT Plus"),
                Service("Google 検索"),
                Service("Midjourney", AiModality.Image, "", TrainingDataProvenance.NotCuratedOrUnknown)),
            [Clean, Clean, Clean with { UsedForAiAnswers = false }, Clean],
            ["Blocker r4 rule4.consumer-terms s1", "Info r5 rule5.search-only s2",
             "Attention r3 rule3.deliverable-consent-required s3", "Attention r4 rule4.terms-unknown s3"]),
    };

    public static TheoryData<string> ScenarioNames => new(Scenarios.Keys);

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Screen_Scenario_GivesExactlyTheExpectedFindings(string scenario)
    {
        var (content, declarations, expected) = Scenarios[scenario];

        var result = Screen(content, declarations);

        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Findings.Select(Describe).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Any(e => e.StartsWith("Blocker", StringComparison.Ordinal)), result.HasBlockers);
    }

    [Fact]
    public void Scenarios_CoverEveryCheckedRuleAndEnough_AtLeast25()
    {
        Assert.True(Scenarios.Count >= 25, $"{Scenarios.Count} scenarios");
        var rules = Scenarios.Values.SelectMany(s => s.Expected).Select(e => e.Split(' ')[1]).ToHashSet();
        foreach (var rule in new[] { "r2", "r3", "r4", "r5", "r6", "r7", "r13", "r-" })
        {
            Assert.Contains(rule, rules);
        }
    }
}
