using System.Globalization;
using System.Text.RegularExpressions;
using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using ContractorAiReview.Web.Catalogue;
using ContractorAiReview.Web.Resources;
using ContractorAiReview.Web.Tests.Infrastructure;

namespace ContractorAiReview.Web.Tests.Catalogue;

/// <summary>
/// Every finding the pre-screen can give, worded in both languages from tools/strings.tsv: the Japanese template is the
/// domain's own message exactly, and the English one carries no Japanese of its own (only what it quotes).
/// </summary>
public sealed partial class FindingTextTests
{
    private static readonly FactSource Source = new("提供者の公表資料", "https://provider.example/terms", new DateOnly(2026, 12, 1));

    /// <summary>The shipped catalogue, and two entries of kinds it does not hold yet but an administrator may enter.</summary>
    private static readonly AiServiceCatalogue Catalogue = new(
        AiServiceCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "seed-data", "ai-services.json")).Entries
            .Append(Entry("uncurated-images", AiModality.Image, trains: false, optOut: null, TrainingDataCuration.NotCurated))
            .Append(Entry("no-opt-out", AiModality.Text, trains: true, optOut: false, curation: null)));

    private static AiServiceEntry Entry(string id, AiModality modalities, bool trains, bool? optOut, TrainingDataCuration? curation) =>
        new(id, id, "プラン", "提供者", [], modalities,
            new Fact<TermsType?>(TermsType.BusinessContract, Source), new Fact<bool?>(trains, Source),
            new Fact<bool?>(optOut, optOut is null ? FactSource.Unchecked : Source),
            new Fact<TrainingDataCuration?>(curation, curation is null ? FactSource.Unchecked : Source),
            new Fact<bool?>(false, Source), Fact<string>.Unknown(), null);

    private static readonly RequestScreener Screener = new(TestContent.Guideline, Catalogue);

    /// <summary>Requests that between them give every finding: each catalogue entry and typed names under many answers and texts.</summary>
    private static IEnumerable<Finding> EveryKindOfFinding()
    {
        bool?[] answers = [true, false, null];
        string[] typedNames = ["社内AIツールX", "Midjurney", "Claude", "チャットGPT", "ChatGPT", "Gemini API"];
        var services = Catalogue.Entries.Select(e => (Name: e.ServiceName, Entry: (string?)e.Id))
            .Concat(typedNames.Select(n => (Name: n, Entry: (string?)null)))
            .Append(("Claude", "chatgpt-business"));
        string[] terms = ["", "無料版", "法人契約"];
        string[] logs = ["", "特になし", "ログは記録しない", "プロンプトの記録を残す"];
        foreach (var (name, entry) in services)
        {
            foreach (var answer in answers)
            {
                foreach (var modalities in new[] { AiModality.Text, AiModality.Image })
                {
                    foreach (var provenance in new TrainingDataProvenance?[] { null, TrainingDataProvenance.Curated, TrainingDataProvenance.NotCuratedOrUnknown })
                    {
                        var declaration = new ServiceDeclaration
                        {
                            CatalogueEntryId = entry, OptOutSet = answer, OutputReachesCitizensDirectly = answer, PersonalOrConfidentialInput = answer,
                            UsedForAiAnswers = answer, SimilarityCheckCommitted = answer, TermsAcceptedByClickOnly = answer,
                        };
                        foreach (var unknown in new[] { false, true })
                        {
                            var content = TestContent.Complete();
                            content.Services[0] = new AiServiceUse
                            {
                                ServiceName = name, Modalities = modalities, Provenance = provenance, TermsOfUse = terms[(int)(provenance ?? 0) % terms.Length],
                                Declaration = unknown
                                    ? new[] { nameof(ServiceDeclaration.OptOutSet), nameof(ServiceDeclaration.OutputReachesCitizensDirectly), nameof(ServiceDeclaration.PersonalOrConfidentialInput), nameof(ServiceDeclaration.UsedForAiAnswers) }
                                        .Aggregate(declaration with { OptOutSet = null, OutputReachesCitizensDirectly = null, PersonalOrConfidentialInput = null, UsedForAiAnswers = null }, (d, q) => d.WithUnknown(q, true))
                                    : declaration,
                            };
                            content.UsageLogManagement = logs[((int)(provenance ?? 0) + (unknown ? 1 : 0)) % logs.Length];
                            content.ScopeOfUsers = answer is null ? "未定" : content.ScopeOfUsers;
                            content.Method = answer == true ? "相談記録を要約し、チャットボットで自動回答する。検索エンジンのAIによる概要も使う。" : content.Method;
                            foreach (var finding in Screener.Screen(ScreeningInput.Of(content, TestContent.Guideline.Key)).Findings)
                            {
                                yield return finding;
                            }
                        }
                    }
                }
            }
        }
    }

    private static readonly IReadOnlyList<Finding> Findings = [.. EveryKindOfFinding().DistinctBy(f => (f.Code, f.Message))];

    [Fact]
    public void Japanese_EveryFinding_IsTheDomainsOwnMessage()
    {
        WithLanguage("ja", () => Assert.All(Findings, f => Assert.Equal(f.Message, new FindingText(Localization.Strings).Message(f))));
    }

    [Fact]
    public void English_EveryFinding_WordedInEnglishAroundWhatItQuotes()
    {
        WithLanguage("en", () => Assert.All(Findings, f =>
        {
            var english = new FindingText(Localization.Strings).Message(f);
            Assert.NotEqual(f.Message, english);
            var own = f.Args.OrderByDescending(a => a.Length).Aggregate(english, (text, quoted) => text.Replace(quoted, "", StringComparison.Ordinal));
            Assert.False(Japanese().IsMatch(own), $"{f.Code}: {english}");
        }));
    }

    [Fact]
    public void Templates_EveryFindingCodeOfTheStringsIsGivenByTheScreen()
    {
        var keys = Localization.Strings.GetAllStrings(includeParentCultures: true).Select(s => s.Name).Where(n => n.StartsWith("Finding.", StringComparison.Ordinal))
            .Select(n => n["Finding.".Length..]).ToHashSet();

        // One code needs a guideline version the screen has no rules for; it is worded all the same.
        keys.Remove("screening.guideline-not-supported");
        Assert.Empty(keys.Except(Findings.Select(f => f.Code)));
        Assert.Empty(Findings.Select(f => f.Code).Distinct().Except(keys));
    }

    private static void WithLanguage(string language, Action check)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            check();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();
}
