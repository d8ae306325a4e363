namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>Rule 7: no secrets or personal information learned in performing the contract may be entered.</summary>
public sealed class Rule7PersonalOrConfidentialInput : IScreeningRule
{
    public const int RuleNumber = 7;

    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        foreach (var service in context.Services.Where(s => !s.IsBlank))
        {
            var answer = service.Declaration.PersonalOrConfidentialInput;
            var field = service.DeclarationField(nameof(ServiceDeclaration.PersonalOrConfidentialInput));
            var unknown = service.Declaration.IsUnknown(nameof(ServiceDeclaration.PersonalOrConfidentialInput));
            var fact = Facts.Declaration("秘密・個人情報を入力する", answer, unknown);
            if (answer == true)
            {
                yield return context.ServiceFinding(RuleNumber, "rule7.personal-or-confidential-input", FindingSeverity.Blocker, service, field,
                    $"契約又は協定の履行に関して知り得た秘密及び個人情報の入力は利用規定7で禁止されています。「{service.Name}」には匿名化・一般化した情報のみを入力する運用に変更してください。",
                    fact) with { Args = [service.Name] };
            }
            else if (unknown)
            {
                yield return context.ServiceFinding(RuleNumber, "rule7.answered-unknown", FindingSeverity.Attention, service, field,
                    $"「{service.Name}」に秘密や個人情報を入力するかは「わからない」と回答されています。入力する情報の範囲を担当課が確認します。入力前に秘密・個人情報を取り除く手順を定めてください。",
                    fact) with { Args = [service.Name] };
            }
            else if (answer is null)
            {
                yield return context.ServiceFinding(RuleNumber, "rule7.not-declared", FindingSeverity.Attention, service, field,
                    $"「{service.Name}」に秘密や個人情報を入力するかが未回答です。回答してください。",
                    fact) with { Args = [service.Name], IsUnansweredQuestion = true };
            }
        }
    }
}
