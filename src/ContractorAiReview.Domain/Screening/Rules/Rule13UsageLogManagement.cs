using System.Text;
using System.Text.RegularExpressions;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>
/// Rule 13: the scope of users and the usage logs must be managed, and the form has to say how. An answer that says
/// there is none, that it is undecided, or is a placeholder (特になし, 未定, -) is no arrangement: it counts as missing.
/// A real answer that leaves out who keeps which logs, for how long, or who checks them gets a hint naming what is missing.
/// </summary>
public sealed partial class Rule13UsageLogManagement : IScreeningRule
{
    public const int RuleNumber = 13;

    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        var form = context.Guideline.RequestForm;
        var logs = context.Content.UsageLogManagement;
        var logsLabel = FormLabels.Of(form, nameof(RequestContent.UsageLogManagement));
        if (IsNoAnswer(logs))
        {
            yield return context.RequestFinding(RuleNumber, "rule13.usage-log-missing", FindingSeverity.Blocker,
                nameof(RequestContent.UsageLogManagement),
                "利用ログの管理体制が記載されていません。誰が・いつ・どのサービスに何を入力したかを記録・保管する方法（保存期間、確認者を含む）を記載してください。",
                Facts.OnForm(logsLabel, string.IsNullOrWhiteSpace(logs) ? "記載なし" : logs.Trim()));
        }
        else if (SaysNoLogsAreKept().IsMatch(Fold(logs)))
        {
            yield return context.RequestFinding(RuleNumber, "rule13.usage-log-none", FindingSeverity.Blocker,
                nameof(RequestContent.UsageLogManagement),
                "利用ログを記録・管理しないと読める記載です。利用規定13は利用ログの管理を求めています。誰が・どのログを・どれだけの期間保存し、誰が確認するかを記載してください。",
                Facts.OnForm(logsLabel, logs!.Trim()));
        }
        else if (Missing(Fold(logs)) is { Count: > 0 } missing)
        {
            yield return context.RequestFinding(RuleNumber, "rule13.usage-log-incomplete", FindingSeverity.Hint,
                nameof(RequestContent.UsageLogManagement),
                $"利用ログの管理体制に{string.Join("・", missing)}が読み取れません。誰が・どのログを・どれだけの期間保存し、誰が確認するかを記載してください。",
                Facts.OnForm(logsLabel, logs!.Trim())) with { Args = [string.Join("・", missing)] };
        }

        var scope = context.Content.ScopeOfUsers;
        if (IsNoAnswer(scope))
        {
            yield return context.RequestFinding(RuleNumber, "rule13.scope-of-users-missing", FindingSeverity.Blocker,
                nameof(RequestContent.ScopeOfUsers),
                "利用者の範囲が記載されていません。生成AIを利用できる者（部署・役割・人数など）を記載してください。",
                Facts.OnForm(FormLabels.Of(form, nameof(RequestContent.ScopeOfUsers)), string.IsNullOrWhiteSpace(scope) ? "記載なし" : scope.Trim()));
        }
    }

    /// <summary>Blank, or only a placeholder: 特になし, なし, 未定, 検討中, 調整中, -, ー, 〃, N/A, TBD … (width and punctuation folded).</summary>
    public static bool IsNoAnswer(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return true;
        }

        var bare = Punctuation().Replace(Fold(answer), "");
        return bare.Length == 0 || Placeholder().IsMatch(bare);
    }

    /// <summary>The elements of a log arrangement the answer does not name, in the order the hint lists them.</summary>
    private static List<string> Missing(string answer)
    {
        var missing = new List<string>();
        if (!WhichLogs().IsMatch(answer))
        {
            missing.Add("記録する内容");
        }

        if (!HowLong().IsMatch(answer))
        {
            missing.Add("保存期間");
        }

        if (!WhoChecks().IsMatch(answer))
        {
            missing.Add("確認する者");
        }

        return missing;
    }

    private static string Fold(string? text) => (text ?? "").Normalize(NormalizationForm.FormKC).Trim();

    [GeneratedRegex(@"[\s\p{P}\p{S}ー－―]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^(特に?(なし|無し|無|ない|ありません)|なし|無し|無|ない|ありません|該当なし|未定|検討中|調整中|予定なし|今後検討|今後定める|後日|別途|同上|NA|N/?A|TBD|TBA|None|Nothing|〃)$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex("(記録|保存|保管|管理|取得)(は|を)?(し|行わ|行い|いたし)(ない|ません)|ログ(は|の)?(記録|保存|保管|管理)?(なし|無し|不要)|記録なし|管理なし|(記録|保存|管理)の予定はない")]
    private static partial Regex SaysNoLogsAreKept();

    [GeneratedRegex("ログ|履歴|記録|入力|プロンプト|出力|生成|利用状況|利用日時|利用者名|管理簿|台帳|ファイル|文書|データ|下書き")]
    private static partial Regex WhichLogs();

    [GeneratedRegex(@"\d+\s*(日|日間|週|週間|か月|ヵ月|ヶ月|カ月|箇月|ケ月|月間|年|年間)|保存期間|保管期間|契約期間|履行期間|業務期間|期間中|終了(後|まで)|永年|無期限")]
    private static partial Regex HowLong();

    [GeneratedRegex("確認|点検|監査|チェック|検査|レビュー|精査|照合")]
    private static partial Regex WhoChecks();
}
