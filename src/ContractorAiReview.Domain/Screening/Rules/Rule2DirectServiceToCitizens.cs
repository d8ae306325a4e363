namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>Rule 2: business support only; no direct service to citizens or businesses.</summary>
public sealed class Rule2DirectServiceToCitizens : IScreeningRule
{
    public const int RuleNumber = 2;

    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        foreach (var service in context.Services.Where(s => !s.IsBlank))
        {
            var answer = service.Declaration.OutputReachesCitizensDirectly;
            var field = service.DeclarationField(nameof(ServiceDeclaration.OutputReachesCitizensDirectly));
            var unknown = service.Declaration.IsUnknown(nameof(ServiceDeclaration.OutputReachesCitizensDirectly));
            var fact = Facts.Declaration("生成物が市民・事業者へ直接届く", answer, unknown);
            if (answer == true)
            {
                yield return context.ServiceFinding(RuleNumber, "rule2.direct-to-citizens", FindingSeverity.Blocker, service, field,
                    $"「{service.Name}」の生成物が市民や事業者へ直接届く使い方は利用規定2で禁止されています。職員・従業員が確認・修正してから提供する業務支援の使い方に変更してください。",
                    fact) with { Args = [service.Name] };
            }
            else if (unknown)
            {
                yield return context.ServiceFinding(RuleNumber, "rule2.answered-unknown", FindingSeverity.Attention, service, field,
                    $"「{service.Name}」の生成物が市民や事業者へ直接届くかは「わからない」と回答されています。職員・従業員が確認してから提供する使い方か、担当課が確認します。",
                    fact) with { Args = [service.Name] };
            }
            else if (answer is null)
            {
                yield return context.ServiceFinding(RuleNumber, "rule2.not-declared", FindingSeverity.Attention, service, field,
                    $"「{service.Name}」の生成物が市民や事業者へ直接届くかが未回答です。回答してください。",
                    fact) with { Args = [service.Name], IsUnansweredQuestion = true };
            }
        }
    }
}
