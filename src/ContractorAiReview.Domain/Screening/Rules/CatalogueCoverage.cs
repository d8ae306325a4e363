namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>Says which services could not be looked up, so the officer knows their findings rest on declarations alone.</summary>
public sealed class CatalogueCoverage : IScreeningRule
{
    public IEnumerable<Finding> Check(ScreeningContext context)
    {
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
                    Facts.NotCatalogued(service)) with { ForDepartmentOnly = true };
            }
            else if (service.MatchKind == CatalogueMatchKind.Ambiguous)
            {
                var plans = string.Join("、", service.Candidates.Select(c => c.DisplayName));
                yield return context.ServiceFinding(null, "catalogue.plan-not-chosen", FindingSeverity.Attention, service, field,
                    $"「{service.Name}」にはカタログ上で複数のプランがあります（{plans}）。利用するプランを選択してください。選択されるまでは申告内容のみで確認します。",
                    Facts.OnForm("利用規約（利用プラン・契約等）", service.Use.TermsOfUse));
            }
        }
    }
}
