using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>Rule 13: the scope of users and the usage logs must be managed; the form has to say how.</summary>
public sealed class Rule13UsageLogManagement : IScreeningRule
{
    public const int RuleNumber = 13;

    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Content.UsageLogManagement))
        {
            yield return context.RequestFinding(RuleNumber, "rule13.usage-log-missing", FindingSeverity.Blocker,
                nameof(RequestContent.UsageLogManagement),
                "利用ログの管理体制が記載されていません。誰が・いつ・どのサービスに何を入力したかを記録・保管する方法（保存期間、確認者を含む）を記載してください。",
                Facts.OnForm("利用ログの管理体制", "記載なし"));
        }

        if (string.IsNullOrWhiteSpace(context.Content.ScopeOfUsers))
        {
            yield return context.RequestFinding(RuleNumber, "rule13.scope-of-users-missing", FindingSeverity.Blocker,
                nameof(RequestContent.ScopeOfUsers),
                "利用者の範囲が記載されていません。生成AIを利用できる者（部署・役割・人数など）を記載してください。",
                Facts.OnForm("利用者の範囲", "記載なし"));
        }
    }
}
