using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using static ContractorAiReview.UnitTests.Domain.Screening.ScreeningTestData;

namespace ContractorAiReview.UnitTests.Domain.Screening;

/// <summary>
/// Names as contractors type them: in katakana or hiragana, misspelt, close to an entry; plans declared in words; and a
/// picked entry that does not match the typed name.
/// </summary>
public sealed class CatalogueMatchingTests
{
    [Theory]
    [InlineData("チャットGPT", "ChatGPT")]
    [InlineData("ちゃっとGPT", "ChatGPT")]
    [InlineData("ChatGTP", "ChatGPT")]
    [InlineData("Chat GPT", "ChatGPT")]
    [InlineData("コーパイロット", "Copilot")]
    [InlineData("ジェミニ", "Gemini")]
    [InlineData("ミッドジャーニー", "Midjourney")]
    public void MatchName_KanaAndCommonMisspellings_NameTheService(string typed, string service)
    {
        var entries = Catalogue.MatchName(typed);

        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains(service, e.ServiceName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Midjurney", "Midjourney")]
    [InlineData("Perplexty", "Perplexity")]
    [InlineData("Stable Diffusoin", "Stable Diffusion")]
    public void Closest_UnknownSpelling_SuggestsTheNearService(string typed, string service)
    {
        Assert.Empty(Catalogue.MatchName(typed));
        Assert.Equal(service, Catalogue.Closest(typed).First().ServiceName);
    }

    [Theory]
    [InlineData("社内文書要約ツール")]
    [InlineData("AI")]
    public void Closest_NothingNear_SuggestsNothing(string typed)
    {
        Assert.Empty(Catalogue.Closest(typed));
    }

    [Fact]
    public void Screen_UnmatchedNameCloseToAnEntry_ContractorSeesTheClosestEntries()
    {
        var result = Screen(Request(Service("Midjurney", AiModality.Image, "有料プラン", TrainingDataProvenance.NotCuratedOrUnknown)), Clean);

        var close = Assert.Single(result.ForContractor, f => f.Code == "catalogue.close-matches");
        Assert.Contains("Midjourney", close.Message, StringComparison.Ordinal);
        Assert.Contains(close.Facts, f => f.Value == "Midjurney");
    }

    [Theory]
    [InlineData("ChatGPT", "無料版で利用する", "無料")]
    [InlineData("チャットGPT", "Plus プラン（個人契約）", "Plus")]
    [InlineData("Claude", "Pro", "Pro")]
    [InlineData("Copilot", "個人向け（Microsoft アカウント）", "個人向け")]
    public void Rule4_ConsumerPlanDeclaredInWords_IsABlockerWithoutAPickedPlan(string name, string terms, string word)
    {
        var finding = Assert.Single(Screen(Request(Service(name, terms: terms)), Clean).Findings, f => f.Code == "rule4.consumer-plan-declared");

        Assert.Equal(FindingSeverity.Blocker, finding.Severity);
        Assert.Contains(word, finding.Args[0], StringComparison.Ordinal);
        Assert.Contains($"「{finding.Args[0]}」", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.Facts, f => f.Source.Source == "確認依頼書の記載" && f.Value.Contains(terms.Trim(), StringComparison.Ordinal));
        Assert.Contains(finding.Facts, f => f.Source.Source != "確認依頼書の記載");
    }

    [Theory]
    [InlineData("ChatGPT", "Enterprise 契約")]
    [InlineData("Copilot", "Microsoft 365 Copilot 法人ライセンス")]
    [InlineData("DeepL", "DeepL Pro 法人契約")]
    [InlineData("Claude", "Team プラン")]
    public void Rule4_BusinessPlanDeclaredInWords_IsNoConsumerPlan(string name, string terms)
    {
        Assert.DoesNotContain(Screen(Request(Service(name, terms: terms)), Clean).Findings, f => f.Code == "rule4.consumer-plan-declared");
    }

    [Theory]
    [InlineData("Claude", "chatgpt-business", true)]
    [InlineData("社内文書要約ツール", "azure-openai", true)]
    [InlineData("ChatGPT Enterprise", "chatgpt-business", false)]
    [InlineData("Azure OpenAI Service (GPT-4o)", "azure-openai", false)]
    [InlineData("チャットGPT", "chatgpt-business", false)]
    public void PickedEntry_TypedNameOfAnotherService_BothShownNeitherOverrides(string typed, string picked, bool differs)
    {
        var content = Request(Service(typed));

        var findings = Screen(content, Clean with { CatalogueEntryId = picked }).Findings;

        Assert.Equal(differs, findings.Any(f => f.Code == "catalogue.name-differs-from-pick"));
        Assert.Equal(typed, content.Services[0].ServiceName);
        if (differs)
        {
            var finding = findings.Single(f => f.Code == "catalogue.name-differs-from-pick");
            Assert.Contains(finding.Facts, f => f.Value == typed);
            Assert.Contains(finding.Facts, f => f.Value == Catalogue.FindById(picked)!.DisplayName);
        }
    }
}
