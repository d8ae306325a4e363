using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>
/// Says which services could not be looked up (the officer then knows their findings rest on declarations alone), which
/// catalogue entries an unknown name is close to, and where a picked entry and the typed name disagree: the pick never
/// overrides what the contractor typed, both are shown.
/// </summary>
public sealed class CatalogueCoverage : IScreeningRule
{
    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        var nameLabel = FormLabels.Of(context.Guideline.RequestForm, nameof(AiServiceUse.ServiceName));
        foreach (var service in context.Services)
        {
            if (service.IsBlank || string.IsNullOrWhiteSpace(service.Use.ServiceName) && service.Entry is null)
            {
                continue; // an empty row of a draft: nothing to look up yet
            }

            var field = service.FormField(nameof(service.Use.ServiceName));
            if (service.MatchKind == CatalogueMatchKind.NotCatalogued)
            {
                yield return context.ServiceFinding(null, "catalogue.not-catalogued", FindingSeverity.Info, service, field,
                    $"「{service.Name}」はAIサービスカタログに登録されていないため、申告内容のみで確認しました。提供者・利用プラン・利用規約を担当課が確認します。",
                    Facts.NotCatalogued(service)) with { Args = [service.Name], ForDepartmentOnly = true };

                if (context.Catalogue.Closest(service.Use.ServiceName) is { Count: > 0 } close)
                {
                    yield return context.ServiceFinding(null, "catalogue.close-matches", FindingSeverity.Info, service, field,
                        $"「{service.Name}」はカタログにありませんが、近い名前の登録があります（{string.Join("、", close.Select(e => e.ServiceName))}）。同じサービスであれば、カタログから選択してください。",
                        [Facts.OnForm(nameLabel, service.Name), .. close.Select(e => new FindingFact("近いカタログ登録", e.DisplayName, Facts.CatalogueEntry))]) with { Args = [service.Name, string.Join("、", close.Select(e => e.ServiceName))] };
                }
            }
            else if (service.MatchKind == CatalogueMatchKind.Ambiguous)
            {
                var plans = string.Join("、", service.Candidates.Select(c => c.DisplayName));
                yield return context.ServiceFinding(null, "catalogue.plan-not-chosen", FindingSeverity.Attention, service, field,
                    $"「{service.Name}」にはカタログ上で複数のプランがあります（{plans}）。利用するプランを選択してください。選択されるまでは申告内容のみで確認します。",
                    Facts.OnForm("利用規約（利用プラン・契約等）", service.Use.TermsOfUse)) with { Args = [service.Name, plans] };
            }
            else if (service.MatchKind == CatalogueMatchKind.Picked && service.Entry is { } picked && NamesAnother(context.Catalogue, service.Use.ServiceName, picked))
            {
                yield return context.ServiceFinding(null, "catalogue.name-differs-from-pick", FindingSeverity.Attention, service, field,
                    $"サービス名称は「{service.Use.ServiceName.Trim()}」ですが、カタログからは{picked.DisplayName}が選択されています。どちらが正しいか確認し、名称か選択を揃えてください。",
                    Facts.OnForm(nameLabel, service.Use.ServiceName.Trim()), new FindingFact("選択したカタログ登録", picked.DisplayName, Facts.CatalogueEntry)) with { Args = [service.Use.ServiceName.Trim(), picked.DisplayName] };
            }
        }
    }

    /// <summary>
    /// Whether the typed name is another service than the picked entry: it names a different catalogue service, or
    /// is neither one of the entry's names nor close to one. A longer form of the name ("Azure OpenAI Service (GPT-4o)")
    /// is the same service.
    /// </summary>
    private static bool NamesAnother(AiServiceCatalogue catalogue, string typed, AiServiceEntry picked)
    {
        var key = AiServiceCatalogue.NormalizeName(typed);
        if (key.Length == 0)
        {
            return false;
        }

        var names = picked.Aliases.Append(picked.ServiceName).Select(AiServiceCatalogue.NormalizeName).Where(n => n.Length > 0).ToList();
        if (names.Any(n => key.Contains(n, StringComparison.Ordinal) || n.Contains(key, StringComparison.Ordinal)))
        {
            return false;
        }

        var sameService = AiServiceCatalogue.NormalizeName(picked.ServiceName);
        return catalogue.MatchName(typed) is { Count: > 0 } named
            ? named.All(e => AiServiceCatalogue.NormalizeName(e.ServiceName) != sameService)
            : catalogue.Closest(typed).All(e => AiServiceCatalogue.NormalizeName(e.ServiceName) != sameService);
    }
}
