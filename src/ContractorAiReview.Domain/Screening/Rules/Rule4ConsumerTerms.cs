using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>
/// Rule 4: no service usable by accepting standard consumer terms alone (e.g. free ChatGPT, Microsoft Copilot). When
/// no plan was picked, the plan declared in words decides: a service whose catalogue plans include consumer terms,
/// declared as 無料, 個人向け, Free, Plus… (the words of the general list or of that consumer plan's own name), is
/// declared on its consumer plan.
/// </summary>
public sealed partial class Rule4ConsumerTerms : IScreeningRule
{
    public const int RuleNumber = 4;

    private static readonly string[] ConsumerWords = ["無料", "無償", "フリー", "個人向け", "個人用", "個人アカウント", "個人プラン", "個人契約", "個人版"];

    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        foreach (var service in context.Services)
        {
            // Search engines with AI answers are governed by rule 5 (search only), not forbidden outright.
            if (service.IsBlank || service.Entry?.IsSearchEngineWithAiAnswers.Value == true)
            {
                continue;
            }

            var field = service.FormField(nameof(AiServiceUse.TermsOfUse));

            // The contractor's own answer: the terms were accepted by a click, as consumer terms are. Whatever the catalogue says.
            if (service.Declaration.TermsAcceptedByClickOnly == true)
            {
                yield return context.ServiceFinding(RuleNumber, "rule4.click-through-declared", FindingSeverity.Blocker, service,
                    service.DeclarationField(nameof(ServiceDeclaration.TermsAcceptedByClickOnly)),
                    $"「{service.Name}」の利用規約への同意はクリック（定型約款への同意）のみで行ったと回答されています。定型約款・規約への同意のみで利用できるサービスは利用規定4により利用できません。契約により入力情報が保護される法人向けプランやAPIに変更してください。",
                    [Facts.Declaration("利用規約への同意はクリックのみ", true),
                     .. service.Entry is { } known ? [Facts.Catalogue("利用規約の種類（カタログ）", known.TermsType, Facts.Describe)] : Array.Empty<FindingFact>()]) with { Args = [service.Name] };
                continue;
            }

            if (service.Entry is null && DeclaredConsumerPlan(service) is { } declared)
            {
                var (plan, words) = declared;
                var declaredText = $"{service.Use.TermsOfUse} {service.Declaration.Plan}".Trim();
                yield return context.ServiceFinding(RuleNumber, "rule4.consumer-plan-declared", FindingSeverity.Blocker, service, field,
                    $"利用プランが「{string.Join("、", words)}」と記載されています。{plan.DisplayName}は定型約款・規約への同意のみで利用できる一般向けプランのため、利用規定4により利用できません。法人向けプランやAPIなど、契約により入力情報が保護されるプランに変更してください。",
                    Facts.OnForm("利用規約（利用プラン・契約等）", declaredText), Facts.Catalogue("利用規約の種類", plan.TermsType, Facts.Describe)) with { Args = [string.Join("、", words), plan.DisplayName] };
                continue;
            }

            if (service.Entry is not { } entry)
            {
                yield return context.ServiceFinding(RuleNumber, "rule4.terms-unverified", FindingSeverity.Attention, service, field,
                    $"「{service.Name}」の利用規約の種類（一般向けの定型約款か法人向け契約か）をカタログで確認できません。利用プランと契約形態を確認してください。",
                    Facts.NotCatalogued(service), Facts.OnForm("利用規約（利用プラン・契約等）", service.Use.TermsOfUse)) with { Args = [service.Name], ForDepartmentOnly = true };
                continue;
            }

            var fact = Facts.Catalogue("利用規約の種類", entry.TermsType, Facts.Describe);
            if (entry.TermsType.Value == TermsType.ConsumerStandardTerms)
            {
                yield return context.ServiceFinding(RuleNumber, "rule4.consumer-terms", FindingSeverity.Blocker, service, field,
                    $"{entry.DisplayName}は定型約款・規約への同意のみで利用できる一般向けサービスのため、利用規定4により利用できません。法人向けプランやAPIなど、契約により入力情報が保護されるサービスに変更してください。",
                    fact) with { Args = [entry.DisplayName] };
            }
            else if (entry.TermsType.Value is null)
            {
                yield return context.ServiceFinding(RuleNumber, "rule4.terms-unknown", FindingSeverity.Attention, service, field,
                    $"{entry.DisplayName}の利用規約の種類はカタログで不明です。一般向けの定型約款のみで利用するものでないか確認してください。",
                    fact) with { Args = [entry.DisplayName], ForDepartmentOnly = true };
            }
        }
    }

    /// <summary>The consumer plan among the service's catalogue plans that the declared words name, with those words.</summary>
    private static (AiServiceEntry Plan, List<string> Words)? DeclaredConsumerPlan(ScreenedService service)
    {
        var text = $"{service.Use.TermsOfUse} {service.Declaration.Plan}".Normalize(System.Text.NormalizationForm.FormKC);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var plan in service.Candidates.Where(c => c.TermsType.Value == TermsType.ConsumerStandardTerms))
        {
            // The consumer plan's own plan names (Free, Plus, Pro …) count as whole words; the general words anywhere.
            // Words of the service's or provider's name ("Microsoft", "Copilot") say nothing about the plan.
            var planWords = PlanWord().Matches(plan.Plan).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(w => !$"{plan.ServiceName} {plan.Provider}".Contains(w, StringComparison.OrdinalIgnoreCase));
            var words = ConsumerWords.Where(w => text.Contains(w, StringComparison.Ordinal))
                .Concat(planWords.Where(w => System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![A-Za-z]){w}(?![A-Za-z])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)))
                .ToList();
            if (words.Count > 0)
            {
                return (plan, words);
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[A-Za-z]{3,}")]
    private static partial System.Text.RegularExpressions.Regex PlanWord();
}
