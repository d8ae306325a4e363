using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>
/// Hints from words in the free-text answers that often go with a rule (e.g. マイナンバー, チャットボット). Words
/// cannot tell "we will not enter personal data" from "we will", so these are hints for the reader, never verdicts.
/// </summary>
public sealed class FreeTextHints : IScreeningRule
{
    private sealed record HintKind(int RuleNumber, string Code, string[] Words, string Advice);

    private static readonly HintKind[] Kinds =
    [
        new(7, "rule7.hint.personal-data",
            ["マイナンバー", "個人番号", "個人情報", "要配慮", "氏名", "住所", "電話番号", "生年月日", "相談記録", "顧客情報", "利用者情報", "機密", "秘密", "非公開情報"],
            "秘密や個人情報を入力しない運用であることを確認してください（利用規定7）。"),
        new(2, "rule2.hint.direct-service",
            ["市民からの問合せ", "市民からの問い合わせ", "問合せ対応", "問い合わせ対応", "チャットボット", "自動応答", "自動回答", "市民向け", "住民向け", "利用者向け", "事業者向け", "窓口対応"],
            "生成物が職員・従業員の確認を経ずに市民や事業者へ直接届く使い方でないか確認してください（利用規定2）。"),
        new(5, "rule5.hint.search-ai-answers",
            ["AIによる概要", "AI Overview", "AIモード", "検索エンジン", "Bing", "Perplexity", "検索結果の要約"],
            "検索エンジン等は最新情報の検索目的に限り、生成AIによる回答を利用しないことを確認してください（利用規定5）。"),
        new(13, "rule13.hint.no-log",
            ["記録しない", "記録は行わない", "管理しない", "管理は行わない", "保存しない", "特になし", "なし"],
            "利用ログを記録・管理しない旨と読める記載があります。利用者とログの管理方法を確認してください（利用規定13）。"),
    ];

    private static readonly HintKind ConsumerPlan = new(4, "rule4.hint.consumer-plan",
        ["無料", "無償", "Free", "フリー", "個人向け", "個人アカウント", "個人プラン", "個人契約"],
        "一般向けの無料・個人プランは定型約款への同意のみで利用できるサービスに当たることがあります。法人向け契約か確認してください（利用規定4）。");

    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        var content = context.Content;
        (string Field, string Text)[] requestTexts =
        [
            (nameof(RequestContent.Business), content.Business),
            (nameof(RequestContent.Purpose), content.Purpose),
            (nameof(RequestContent.Method), content.Method),
            (nameof(RequestContent.ScopeOfUsers), content.ScopeOfUsers),
            (nameof(RequestContent.SecurityManagement), content.SecurityManagement),
            (nameof(RequestContent.UsageLogManagement), content.UsageLogManagement),
            (nameof(RequestContent.LegalCompliance), content.LegalCompliance),
        ];

        foreach (var kind in Kinds)
        {
            foreach (var (field, text) in requestTexts)
            {
                // The no-log words only mean something in the usage-log answer ("なし" is everywhere else).
                if (kind.RuleNumber == 13 && field != nameof(RequestContent.UsageLogManagement))
                {
                    continue;
                }

                if (Matches(kind, text) is { Count: > 0 } words)
                {
                    yield return context.RequestFinding(kind.RuleNumber, kind.Code, FindingSeverity.Hint, field,
                        Message(words, kind), Facts.OnForm(field, text));
                }
            }
        }

        foreach (var service in context.Services.Where(s => !s.IsBlank))
        {
            var terms = service.FormField(nameof(AiServiceUse.TermsOfUse));
            var planText = $"{service.Use.TermsOfUse} {service.Declaration.Plan}";

            // The catalogue already says what a catalogued plan's terms are; the hint is for plans it cannot see.
            if (service.Entry is null && Matches(ConsumerPlan, planText) is { Count: > 0 } planWords)
            {
                yield return context.ServiceFinding(ConsumerPlan.RuleNumber, ConsumerPlan.Code, FindingSeverity.Hint, service, terms,
                    Message(planWords, ConsumerPlan), Facts.OnForm("利用規約（利用プラン・契約等）", planText.Trim()));
            }
        }
    }

    private static List<string> Matches(HintKind kind, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // Width-folded so that "ＡＩによる概要" or "FREE" still match.
        var folded = text.Normalize(System.Text.NormalizationForm.FormKC);
        return kind.Words
            .Where(word => folded.Contains(word, StringComparison.OrdinalIgnoreCase))
            .Where(word => !kind.Words.Any(longer => longer != word && longer.Contains(word, StringComparison.Ordinal)
                && folded.Contains(longer, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    private static string Message(List<string> words, HintKind kind) =>
        $"記載に「{string.Join("」「", words)}」があります。{kind.Advice}";
}
