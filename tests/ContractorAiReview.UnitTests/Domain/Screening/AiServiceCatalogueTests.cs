using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Requests;
using static ContractorAiReview.UnitTests.Domain.Screening.ScreeningTestData;

namespace ContractorAiReview.UnitTests.Domain.Screening;

public sealed class AiServiceCatalogueTests
{
    private static IEnumerable<(AiServiceEntry Entry, string Name, FactSource Source, bool Known)> AllFacts(AiServiceCatalogue catalogue) =>
        catalogue.Entries.SelectMany(e => new (string, FactSource, bool)[]
        {
            (nameof(e.TermsType), e.TermsType.Source, e.TermsType.IsKnown),
            (nameof(e.TrainsOnInputByDefault), e.TrainsOnInputByDefault.Source, e.TrainsOnInputByDefault.IsKnown),
            (nameof(e.OptOutAvailable), e.OptOutAvailable.Source, e.OptOutAvailable.IsKnown),
            (nameof(e.TrainingDataProvenance), e.TrainingDataProvenance.Source, e.TrainingDataProvenance.IsKnown),
            (nameof(e.IsSearchEngineWithAiAnswers), e.IsSearchEngineWithAiAnswers.Source, e.IsSearchEngineWithAiAnswers.IsKnown),
            (nameof(e.DataLocation), e.DataLocation.Source, e.DataLocation.IsKnown),
        }.Select(f => (e, f.Item1, f.Item2, f.Item3)));

    [Fact]
    public void Load_SeedFile_HoldsTheCommonServicesWithUniqueIds()
    {
        Assert.InRange(Catalogue.Entries.Count, 15, 100);
        Assert.Equal(Catalogue.Entries.Count, Catalogue.Entries.Select(e => e.Id).Distinct().Count());
        foreach (var id in new[] { "chatgpt-personal", "chatgpt-business", "azure-openai", "microsoft-365-copilot", "gemini-workspace", "adobe-firefly", "google-search" })
        {
            Assert.NotNull(Catalogue.FindById(id));
        }
    }

    [Fact]
    public void Load_SeedFile_EveryKnownFactHasASourceAndDateAndEveryUnknownSaysUnchecked()
    {
        foreach (var (entry, name, source, known) in AllFacts(Catalogue))
        {
            if (known)
            {
                Assert.False(string.IsNullOrWhiteSpace(source.Source), $"{entry.Id}.{name}");
                Assert.NotEqual(FactSource.Unchecked, source);
                Assert.NotNull(source.CheckedOn);
            }
            else
            {
                Assert.Equal(FactSource.Unchecked, source);
            }
        }
    }

    [Fact]
    public void Load_SeedFile_FireflyIsCuratedAndChatGptPersonalUsesConsumerTermsAndTrainsByDefault()
    {
        var firefly = Catalogue.FindById("adobe-firefly")!;
        Assert.Equal(TrainingDataCuration.Curated, firefly.TrainingDataProvenance.Value);
        Assert.Contains("adobe.com", firefly.TrainingDataProvenance.Source.Url);
        Assert.Equal(AiModality.Image, firefly.Modalities);

        var chatGpt = Catalogue.FindById("chatgpt-personal")!;
        Assert.Equal(TermsType.ConsumerStandardTerms, chatGpt.TermsType.Value);
        Assert.True(chatGpt.TrainsOnInputByDefault.Value);
        Assert.True(chatGpt.OptOutAvailable.Value);
    }

    [Fact]
    public void CatalogueDocument_ListsEveryEntryOfTheSeedFile()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "ai-service-catalogue.md"));

        Assert.All(Catalogue.Entries, e => Assert.Contains($"### `{e.Id}`", document));
    }

    [Theory]
    [InlineData("ChatGPT Plus", "chatgpt-personal")]
    [InlineData("ＣｈａｔＧＰＴ　Ｐｌｕｓ", "chatgpt-personal")]
    [InlineData("chatgpt enterprise", "chatgpt-business")]
    [InlineData("Azure OpenAI", "azure-openai")]
    [InlineData("ａｚｕｒｅ　ｏｐｅｎａｉ　ｓｅｒｖｉｃｅ", "azure-openai")]
    [InlineData("AIによる概要", "google-search")]
    [InlineData("ミッドジャーニー", "midjourney")]
    [InlineData("Adobe-Firefly", "adobe-firefly")]
    public void MatchName_TypedNameOrAlias_FindsOneEntryIgnoringCaseWidthAndSpacing(string typed, string expectedId)
    {
        var match = Assert.Single(Catalogue.MatchName(typed));
        Assert.Equal(expectedId, match.Id);
    }

    [Theory]
    [InlineData("chatgpt", "chatgpt-business,chatgpt-personal")]
    [InlineData("ＣｈａｔＧＰＴ", "chatgpt-business,chatgpt-personal")]
    [InlineData("Copilot", "microsoft-365-copilot,microsoft-copilot-consumer")]
    [InlineData("Gemini", "gemini-consumer,gemini-workspace")]
    public void MatchName_NameOfAServiceWithSeveralPlans_ReturnsEveryPlan(string typed, string expectedIds)
    {
        Assert.Equal(expectedIds, string.Join(",", Catalogue.MatchName(typed).Select(e => e.Id).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("社内チャットツール")]
    public void MatchName_UnknownOrBlank_ReturnsNothing(string typed)
    {
        Assert.Empty(Catalogue.MatchName(typed));
    }

    [Fact]
    public void Suggest_PartOfAName_ListsExactMatchesFirstThenEntriesContainingIt()
    {
        var suggestions = Catalogue.Suggest("ｃｈａｔ").Select(e => e.Id).ToList();

        Assert.Contains("chatgpt-personal", suggestions);
        Assert.Contains("chatgpt-business", suggestions);
        Assert.DoesNotContain("azure-openai", suggestions);
        Assert.Equal("google-search", Catalogue.Suggest("Google")[0].Id);
        Assert.Empty(Catalogue.Suggest(" "));
    }

    [Fact]
    public void Parse_FactWithValueButNoKnownSource_IsRefused()
    {
        const string json = """
            { "sources": {}, "services": [ { "id": "x", "serviceName": "X", "plan": "p", "provider": "P", "modalities": "Text",
              "termsType": { "value": "BusinessContract", "source": "missing" } } ] }
            """;

        var error = Assert.Throws<InvalidDataException>(() => AiServiceCatalogue.Parse(json));
        Assert.Contains("'x'", error.Message);
    }

    [Fact]
    public void Parse_DuplicateId_IsRefused()
    {
        const string json = """
            { "services": [ { "id": "x", "serviceName": "X", "plan": "p", "provider": "P", "modalities": "Text" },
                            { "id": "x", "serviceName": "Y", "plan": "q", "provider": "P", "modalities": "Image" } ] }
            """;

        Assert.Throws<InvalidDataException>(() => AiServiceCatalogue.Parse(json));
    }

    [Fact]
    public void Parse_FactsWithoutValue_AreUnknownWithTheUncheckedSource()
    {
        const string json = """
            { "sources": { "s": { "title": "T", "url": "https://example.org", "checkedOn": "2026-11-23" } },
              "services": [ { "id": "x", "serviceName": "X", "plan": "p", "provider": "P", "modalities": "Text, Video",
                "trainsOnInputByDefault": { "value": false, "source": "s" }, "optOutAvailable": { "value": null } } ] }
            """;

        var entry = AiServiceCatalogue.Parse(json).Entries.Single();

        Assert.Equal(AiModality.Text | AiModality.Video, entry.Modalities);
        Assert.False(entry.TrainsOnInputByDefault.Value);
        Assert.Equal(new FactSource("T", "https://example.org", new DateOnly(2026, 11, 23)), entry.TrainsOnInputByDefault.Source);
        Assert.False(entry.OptOutAvailable.IsKnown);
        Assert.Equal(FactSource.Unchecked, entry.TermsType.Source);
    }

    [Fact]
    public void NormalizeName_FullWidthMixedCaseAndPunctuation_FoldsToOneForm()
    {
        Assert.Equal("chatgptplus", AiServiceCatalogue.NormalizeName("ＣｈａｔＧＰＴ・Plus"));
        Assert.Equal(AiServiceCatalogue.NormalizeName("Google検索"), AiServiceCatalogue.NormalizeName("Google 検索"));
    }
}
