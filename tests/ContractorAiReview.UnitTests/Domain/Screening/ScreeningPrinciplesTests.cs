using System.Text.Json;
using FormLabels = ContractorAiReview.Domain.Guidelines.FormLabels;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using static ContractorAiReview.UnitTests.Domain.Screening.ScreeningTestData;

namespace ContractorAiReview.UnitTests.Domain.Screening;

/// <summary>
/// The pre-screen's principles, each on requests written for it: an explicit answer is never silently overridden, a
/// placeholder is not an arrangement, hints earn attention, rule 3 names both conditions, and what the contractor
/// cannot act on is the department's.
/// </summary>
public sealed class ScreeningPrinciplesTests
{
    private static RequestContent Azure(Action<RequestContent> change) => With(Request(Service("Azure OpenAI")), change);

    // 9. The contractor's answer and the catalogue's fact, side by side.

    [Fact]
    public void ImageOnlyServiceDeclaredAsText_BothTheCatalogueAndTheFormAreShown()
    {
        var finding = Assert.Single(Screen(Request(Service("Midjourney", AiModality.Text)), Clean).Findings,
            f => f.Code == "rule3.kinds-differ-from-catalogue");

        Assert.Equal(FindingSeverity.Attention, finding.Severity);
        Assert.Contains(finding.Facts, f => f.Source.Source == "確認依頼書の記載" && f.Value.Contains(Guideline.RequestForm.Labels.Modalities.Text, StringComparison.Ordinal));
        Assert.Contains(finding.Facts, f => f.Source.Source != "確認依頼書の記載" && f.Value.Contains(Guideline.RequestForm.Labels.Modalities.Image, StringComparison.Ordinal));
    }

    [Fact]
    public void GeneralServiceThatCanAlsoDrawDeclaredAsText_IsRight()
    {
        Assert.DoesNotContain(Screen(Request(Service("Azure OpenAI", AiModality.Text)), Clean).Findings, f => f.Code == "rule3.kinds-differ-from-catalogue");
    }

    // 10. Substance, not blankness.

    [Theory]
    [InlineData("特に無し", "rule13.usage-log-missing")]
    [InlineData("特になし。", "rule13.usage-log-missing")]
    [InlineData("なし", "rule13.usage-log-missing")]
    [InlineData("未定", "rule13.usage-log-missing")]
    [InlineData("検討中", "rule13.usage-log-missing")]
    [InlineData("-", "rule13.usage-log-missing")]
    [InlineData("ー", "rule13.usage-log-missing")]
    [InlineData("N/A", "rule13.usage-log-missing")]
    [InlineData("　特になし　", "rule13.usage-log-missing")]
    [InlineData("ログは記録しない。", "rule13.usage-log-none")]
    [InlineData("利用ログの保存は行いません", "rule13.usage-log-none")]
    public void UsageLogs_PlaceholderOrNone_IsNoArrangement(string answer, string code)
    {
        var finding = Assert.Single(Screen(Azure(r => r.UsageLogManagement = answer), Clean).Findings);

        Assert.Equal((code, FindingSeverity.Blocker), (finding.Code, finding.Severity));
    }

    [Fact]
    public void UsageLogs_KeptButNotForHowLongOrByWhom_HintNamesWhatIsMissing()
    {
        var finding = Assert.Single(Screen(Azure(r => r.UsageLogManagement = "プロンプトの記録を残す"), Clean).Findings);

        Assert.Equal(("rule13.usage-log-incomplete", FindingSeverity.Hint), (finding.Code, finding.Severity));
        Assert.Contains("保存期間", finding.Message, StringComparison.Ordinal);
        Assert.Contains("確認する者", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("記録する内容", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScopeOfUsers_Placeholder_IsNoScope()
    {
        Assert.Contains(Screen(Azure(r => r.ScopeOfUsers = "未定"), Clean).Findings, f => f.Code == "rule13.scope-of-users-missing");
    }

    // 12. Hints that earn attention.

    [Theory]
    [InlineData("個人情報を除く資料のみを扱う。")]
    [InlineData("個人情報は入力しない。")]
    [InlineData("氏名や住所を含まない統計資料を要約する。")]
    [InlineData("マイナンバーは一切入力しません。")]
    public void Hint_WordTheAnswerNegates_IsNoHint(string method)
    {
        Assert.Empty(Screen(Azure(r => r.Method = method), Clean).Findings);
    }

    [Fact]
    public void Hint_TheFormsOwnHeadingInRow5_IsNoHint()
    {
        Assert.Empty(Screen(Azure(r => r.LegalCompliance = "個人情報保護法及び関係法令を遵守し、秘密保持契約を締結している。"), Clean).Findings);
    }

    [Theory]
    [InlineData("お問い合わせメールへの返信文案を作成する。", "rule2.hint.direct-service")]
    [InlineData("問い合わせに自動で返信する仕組みを作る。", "rule2.hint.direct-service")]
    [InlineData("施設のチャットボットの回答に使う。", "rule2.hint.direct-service")]
    [InlineData("相談記録を要約する。", "rule7.hint.personal-data")]
    public void Hint_EverydayPhrasing_IsCaught(string method, string code)
    {
        Assert.Contains(Screen(Azure(r => r.Method = method), Clean).Findings, f => f.Code == code && f.Severity == FindingSeverity.Hint);
    }

    [Fact]
    public void Hint_NamesTheFieldByItsOfficialLabelAndQuotesOnlyThePhrase()
    {
        var method = "作業の前提として長い説明が続きます。" + new string('あ', 60) + "窓口で受けた相談記録を要約して引継ぎに使う。" + new string('い', 60);

        var hint = Assert.Single(Screen(Azure(r => r.Method = method), Clean).Findings);

        var label = FormLabels.Plain(Guideline.RequestForm.Labels.Method);
        Assert.Contains($"「{label}」", hint.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(RequestContent.Method), hint.Message, StringComparison.Ordinal);
        var quote = Assert.Single(hint.Facts);
        Assert.Equal(label, quote.Name);
        Assert.Contains("相談記録", quote.Value, StringComparison.Ordinal);
        Assert.StartsWith("…", quote.Value, StringComparison.Ordinal);
        Assert.EndsWith("…", quote.Value, StringComparison.Ordinal);
        Assert.True(quote.Value.Length < method.Length / 3, $"The quotation is the phrase, not the answer: {quote.Value}");
    }

    [Fact]
    public void NoFinding_NamesAFieldByItsInternalName()
    {
        var content = Azure(r =>
        {
            r.Method = "市民からの問合せにチャットボットで自動回答する。";
            r.Purpose = "相談記録の要約";
            r.UsageLogManagement = "プロンプトの記録を残す";
        });
        string[] internalNames = [nameof(RequestContent.Business), nameof(RequestContent.Purpose), nameof(RequestContent.Method),
            nameof(RequestContent.ScopeOfUsers), nameof(RequestContent.SecurityManagement), nameof(RequestContent.UsageLogManagement),
            nameof(RequestContent.LegalCompliance)];

        var findings = Screen(content, Clean).Findings;

        Assert.NotEmpty(findings);
        Assert.All(findings.SelectMany(f => f.Facts.Select(fact => fact.Name).Append(f.Message)),
            text => Assert.DoesNotContain(internalNames, name => text.Contains(name, StringComparison.Ordinal)));
    }

    // 13. Rule 3 names both conditions, every time.

    [Theory]
    [InlineData(TrainingDataProvenance.NotCuratedOrUnknown, true)]
    [InlineData(TrainingDataProvenance.NotCuratedOrUnknown, false)]
    [InlineData(null, true)]
    public void Rule3_EveryFinding_NamesTheSimilarityCheckAndTheDepartmentsConsent(TrainingDataProvenance? provenance, bool similarityCheck)
    {
        var findings = Screen(Request(Service("Midjourney", AiModality.Image, "Pro プラン", provenance)),
            Clean with { SimilarityCheckCommitted = similarityCheck }).Findings.Where(f => f.RuleNumber == 3).ToList();

        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Contains("類似", f.Message, StringComparison.Ordinal);
            Assert.Contains("同意", f.Message, StringComparison.Ordinal);
        });
    }

    // 14. What the contractor cannot act on, and what its own card already shows.

    [Fact]
    public void CatalogueFactsTheContractorCannotActOn_AreTheDepartmentsOnly()
    {
        var result = Screen(Request(Service("業務用AIツールX")), Clean);

        Assert.Contains(result.Findings, f => f.Code == "catalogue.not-catalogued" && f.ForDepartmentOnly);
        Assert.DoesNotContain(result.ForContractor, f => f.ForDepartmentOnly);
        Assert.DoesNotContain(result.ForContractor, f => f.Code == "catalogue.not-catalogued");
    }

    [Theory]
    [InlineData(nameof(ServiceDeclaration.OutputReachesCitizensDirectly), "rule2.answered-unknown", "rule2.not-declared")]
    [InlineData(nameof(ServiceDeclaration.PersonalOrConfidentialInput), "rule7.answered-unknown", "rule7.not-declared")]
    public void DontKnow_IsAnAnswerOfItsOwn_NotAnOpenQuestion(string question, string unknownCode, string openCode)
    {
        var declaration = Clean with { OutputReachesCitizensDirectly = null, PersonalOrConfidentialInput = null };

        var open = Screen(Request(Service("Azure OpenAI")), declaration).Findings;
        var dontKnow = Screen(Request(Service("Azure OpenAI")), declaration.WithUnknown(question, true)).Findings;

        Assert.Contains(open, f => f.Code == openCode && f.IsUnansweredQuestion);
        var finding = Assert.Single(dontKnow, f => f.Code == unknownCode);
        Assert.False(finding.IsUnansweredQuestion);
        Assert.Equal(FindingSeverity.Attention, finding.Severity);
        Assert.Contains(finding.Facts, f => f.Value == "わからない");
        Assert.DoesNotContain(dontKnow, f => f.Code == openCode);
    }

    [Fact]
    public void DontKnow_OptOutOnAPlanThatTrains_TheDepartmentFindsOut()
    {
        var findings = Screen(Request(Service("Gemini API", terms: "無料枠")), (Clean with { OptOutSet = null, CatalogueEntryId = "gemini-api-unpaid" })
            .WithUnknown(nameof(ServiceDeclaration.OptOutSet), true)).Findings;

        Assert.DoesNotContain(findings, f => f.Code == "rule6.opt-out-not-declared");
        Assert.Contains(findings, f => f.RuleNumber == 6 && f.Facts.Any(x => x.Value == "わからない"));
    }

    [Fact]
    public void DontKnow_AnsweredAgain_IsNoLongerUnknown()
    {
        var declaration = Clean.WithUnknown(nameof(ServiceDeclaration.OptOutSet), true).WithUnknown(nameof(ServiceDeclaration.OptOutSet), false);

        Assert.False(declaration.IsUnknown(nameof(ServiceDeclaration.OptOutSet)));
        Assert.Empty(declaration.AnsweredUnknown);
    }

    [Theory]
    [InlineData("Azure OpenAI", "azure-openai")]
    [InlineData("業務用AIツールX", null)]
    public void TermsAcceptedByClick_ABlockerWhateverTheCatalogueSays(string name, string? entry)
    {
        var finding = Assert.Single(Screen(Request(Service(name)), Clean with { CatalogueEntryId = entry, TermsAcceptedByClickOnly = true }).Findings,
            f => f.Code == "rule4.click-through-declared");

        Assert.Equal((FindingSeverity.Blocker, 4), (finding.Severity, finding.RuleNumber));
        Assert.Contains(finding.Facts, f => f.Source.Source == "受注者の申告" && f.Value == "はい");
        Assert.Equal(entry is not null, finding.Facts.Any(f => f.Source.Source != "受注者の申告"));
    }

    [Fact]
    public void UnansweredQuestion_IsMarkedSoItsOwnCardCanLeaveItOut()
    {
        var findings = Screen(Request(Service("Microsoft 365 Copilot")), ServiceDeclaration.Unanswered).Findings;

        Assert.Contains(findings, f => f.Code == "rule2.not-declared");
        Assert.All(findings.Where(f => f.Code.EndsWith("not-declared", StringComparison.Ordinal)), f => Assert.True(f.IsUnansweredQuestion));
        Assert.All(findings.Where(f => f.Severity == FindingSeverity.Blocker), f => Assert.False(f.IsUnansweredQuestion));
    }
}

/// <summary>
/// The measure the issue sets for free-text hints: on the demo requests and a set of realistic clean requests written
/// for these tests (Data/clean-requests.json), at most one hint for every two clean requests.
/// </summary>
public sealed class FreeTextHintRateTests
{
    private const double MaxHintsPerCleanRequest = 0.5;

    // As the demo data is read by the app's seeder: web names, enums by name.
    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static RequestContent Content(JsonElement request) =>
        JsonSerializer.Deserialize<RequestContent>(request.GetProperty("content").GetRawText(), SeedJson)!;

    private static readonly string ScenarioFile = Path.Combine(RepositoryRoot, "tests", "ContractorAiReview.UnitTests", "Domain", "Screening", "Data", "clean-requests.json");

    public static IReadOnlyList<(string Title, RequestContent Content)> ScenarioSet()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ScenarioFile));
        return [.. document.RootElement.GetProperty("requests").EnumerateArray()
            .Select(r => (r.GetProperty("title").GetString()!, Content(r)))];
    }

    public static IReadOnlyList<(string Title, RequestContent Content)> DemoRequests()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "seed-data", "demo-requests.json")));
        return [.. document.RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("contract").GetString()!, Content(r)))];
    }

    private static ScreeningResult ScreenOwn(RequestContent content) => Screener.Screen(ScreeningInput.Of(content, GuidelineKey));

    [Fact]
    public void ScenarioSet_EveryRequestIsClean()
    {
        var set = ScenarioSet();

        Assert.True(set.Count >= 15, $"The scenario set holds {set.Count} requests.");
        Assert.All(set, r => Assert.False(ScreenOwn(r.Content).HasBlockers, $"{r.Title}: {string.Join(", ", ScreenOwn(r.Content).Blockers.Select(Describe))}"));
    }

    [Fact]
    public void HintsPerCleanRequest_DemoAndScenarioSet_AtMostOneInTwo()
    {
        var clean = ScenarioSet().Concat(DemoRequests()).Where(r => !ScreenOwn(r.Content).HasBlockers).ToList();

        var hints = clean.SelectMany(r => ScreenOwn(r.Content).Findings.Where(f => f.Severity == FindingSeverity.Hint)
            .Select(f => $"{r.Title}: {f.Code} {string.Join(" / ", f.Facts.Select(x => x.Value))}")).ToList();
        var rate = (double)hints.Count / clean.Count;

        TestContext.Current.SendDiagnosticMessage($"Hint rate: {hints.Count} hints on {clean.Count} clean requests = {rate:0.00} per request. {string.Join(" | ", hints)}");
        Assert.True(rate <= MaxHintsPerCleanRequest, $"{hints.Count} hints on {clean.Count} clean requests ({rate:0.00}):\n{string.Join("\n", hints)}");
    }
}
