using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>Rule 4: no service usable by accepting standard consumer terms alone (e.g. free ChatGPT, Microsoft Copilot).</summary>
public sealed class Rule4ConsumerTerms : IScreeningRule
{
    public const int RuleNumber = 4;

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
            if (service.Entry is not { } entry)
            {
                yield return context.ServiceFinding(RuleNumber, "rule4.terms-unverified", FindingSeverity.Attention, service, field,
                    $"「{service.Name}」の利用規約の種類（一般向けの定型約款か法人向け契約か）をカタログで確認できません。利用プランと契約形態を確認してください。",
                    Facts.NotCatalogued(service), Facts.OnForm("利用規約（利用プラン・契約等）", service.Use.TermsOfUse)) with { ForDepartmentOnly = true };
                continue;
            }

            var fact = Facts.Catalogue("利用規約の種類", entry.TermsType, Facts.Describe);
            if (entry.TermsType.Value == TermsType.ConsumerStandardTerms)
            {
                yield return context.ServiceFinding(RuleNumber, "rule4.consumer-terms", FindingSeverity.Blocker, service, field,
                    $"{entry.DisplayName}は定型約款・規約への同意のみで利用できる一般向けサービスのため、利用規定4により利用できません。法人向けプランやAPIなど、契約により入力情報が保護されるサービスに変更してください。",
                    fact);
            }
            else if (entry.TermsType.Value is null)
            {
                yield return context.ServiceFinding(RuleNumber, "rule4.terms-unknown", FindingSeverity.Attention, service, field,
                    $"{entry.DisplayName}の利用規約の種類はカタログで不明です。一般向けの定型約款のみで利用するものでないか確認してください。",
                    fact) with { ForDepartmentOnly = true };
            }
        }
    }
}
