using System.Text;
using System.Text.RegularExpressions;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>
/// Hints from words in the free-text answers that often go with a rule (e.g. マイナンバー, チャットボット). Words cannot
/// tell "we will enter personal data" from every way of saying "we will not", so these are hints for the reader, never
/// verdicts; but a word the answer itself negates (「個人情報は入力しない」), a law or measure named after it
/// (個人情報保護法, 秘密保持契約) and the form's own wording are not hints. Each hint names the field by its official
/// label and quotes only the phrase with a little context.
/// </summary>
public sealed partial class FreeTextHints : IScreeningRule
{
    private sealed record HintKind(int RuleNumber, string Code, string[] Words, string Advice);

    private static readonly HintKind[] Kinds =
    [
        new(7, "rule7.hint.personal-data",
            ["マイナンバー", "個人番号", "個人情報", "要配慮", "氏名", "住所", "電話番号", "生年月日", "相談記録", "顧客情報", "利用者情報", "機密", "秘密", "非公開情報"],
            "秘密や個人情報を入力しない運用であることを確認してください（利用規定7）。"),
        new(2, "rule2.hint.direct-service",
            ["市民からの問合せ", "市民からの問い合わせ", "問合せ対応", "問い合わせ対応", "お問い合わせ", "問い合わせへの回答", "問合せへの回答",
             "チャットボット", "自動応答", "自動回答", "自動で回答", "自動で返信", "自動返信", "市民向け", "住民向け", "利用者向け", "事業者向け", "窓口対応"],
            "生成物が職員・従業員の確認を経ずに市民や事業者へ直接届く使い方でないか確認してください（利用規定2）。"),
        new(5, "rule5.hint.search-ai-answers",
            ["AIによる概要", "AI Overview", "AIモード", "検索エンジン", "Bing", "Perplexity", "検索結果の要約"],
            "検索エンジン等は最新情報の検索目的に限り、生成AIによる回答を利用しないことを確認してください（利用規定5）。"),
    ];

    private static readonly HintKind ConsumerPlan = new(4, "rule4.hint.consumer-plan",
        ["無料", "無償", "Free", "フリー", "個人向け", "個人アカウント", "個人プラン", "個人契約"],
        "一般向けの無料・個人プランは定型約款への同意のみで利用できるサービスに当たることがあります。法人向け契約か確認してください（利用規定4）。");

    /// <summary>
    /// Names of laws, policies and measures that contain a hint word but say nothing about the data entered: the (5)
    /// row's own heading is about 個人情報保護法, and a 秘密保持契約 is a safeguard.
    /// </summary>
    private static readonly string[] NotAHint =
    [
        "個人情報保護法", "個人情報の保護に関する法律", "個人情報保護に関する法律", "個人情報保護方針", "個人情報保護規程", "個人情報保護規定",
        "個人情報の保護", "個人情報保護", "個人情報取扱", "個人情報の取扱", "個人情報の取り扱", "秘密保持", "機密保持", "機密性",
    ];

    /// <summary>How many characters of context a quotation keeps on each side of the word.</summary>
    private const int Context = 12;

    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        var content = context.Content;
        var form = context.Guideline.RequestForm;
        (string Field, string? Text)[] requestTexts =
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
                if (Matches(kind, text) is { Count: > 0 } matches)
                {
                    var label = FormLabels.Of(form, field);
                    yield return context.RequestFinding(kind.RuleNumber, kind.Code, FindingSeverity.Hint, field,
                        Message(label, matches, kind), [.. matches.Select(m => Facts.OnForm(label, m.Quote))])
                        with { Args = [label, string.Join("、", matches.Select(m => m.Word))] };
                }
            }
        }

        foreach (var service in context.Services.Where(s => !s.IsBlank))
        {
            var terms = service.FormField(nameof(AiServiceUse.TermsOfUse));
            var planText = $"{service.Use.TermsOfUse} {service.Declaration.Plan}".Trim();

            // The catalogue already says what a catalogued plan's terms are; the hint is for plans it cannot see.
            if (service.Entry is null && Matches(ConsumerPlan, planText) is { Count: > 0 } planWords)
            {
                var label = FormLabels.Of(form, nameof(AiServiceUse.TermsOfUse));
                yield return context.ServiceFinding(ConsumerPlan.RuleNumber, ConsumerPlan.Code, FindingSeverity.Hint, service, terms,
                    Message(label, planWords, ConsumerPlan), [.. planWords.Select(m => Facts.OnForm(label, m.Quote))])
                    with { Args = [label, string.Join("、", planWords.Select(m => m.Word))] };
            }
        }
    }

    /// <summary>One word found in an answer, with the phrase around it as the hint quotes it.</summary>
    private sealed record Match(string Word, string Quote);

    private static List<Match> Matches(HintKind kind, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // Width-folded so that "ＡＩによる概要" or "FREE" still match; law and measure names blanked out, same length.
        var folded = text.Normalize(NormalizationForm.FormKC);
        var searchable = folded;
        foreach (var phrase in NotAHint)
        {
            searchable = searchable.Replace(phrase, new string('＿', phrase.Length), StringComparison.OrdinalIgnoreCase);
        }

        var found = new List<Match>();
        var taken = new List<(int Start, int End)>();
        // Longer words first, so 「個人番号」 is not also reported as 「番号」-like shorter words inside it.
        foreach (var word in kind.Words.OrderByDescending(w => w.Length))
        {
            for (var at = searchable.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = searchable.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if (taken.Any(t => at < t.End && end > t.Start) || Negated(searchable, end))
                {
                    continue;
                }

                taken.Add((at, end));
                if (found.All(f => !f.Word.Equals(word, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(new Match(word, Quote(folded, at, end)));
                }
            }
        }

        return found;
    }

    /// <summary>Whether the clause the word stands in says it is not done: 「個人情報は入力しない」「氏名を除く」.</summary>
    private static bool Negated(string text, int afterWord)
    {
        var clauseEnd = text.IndexOfAny(['。', '\n', '．'], afterWord);
        var clause = text[afterWord..(clauseEnd < 0 ? text.Length : clauseEnd)];
        return Negation().IsMatch(clause.Length > 24 ? clause[..24] : clause);
    }

    private static string Quote(string text, int start, int end)
    {
        var from = Math.Max(0, start - Context);
        var to = Math.Min(text.Length, end + Context);
        var quote = text[from..to].ReplaceLineEndings(" ").Trim();
        return (from > 0 ? "…" : "") + quote + (to < text.Length ? "…" : "");
    }

    private static string Message(string label, List<Match> matches, HintKind kind) =>
        $"「{label}」に「{string.Join("、", matches.Select(m => m.Word))}」とあります。{kind.Advice}";

    [GeneratedRegex("除く|除き|除外|除去|削除|マスキング|匿名化|伏せ|含まない|含まず|含みません|含めない|含めず|含めません|入力しない|入力せず|入力しません|入力は行わない|入力を行わない|入力禁止|扱わない|扱いません|使用しない|使用しません|利用しない|利用しません|行わない|行いません|しない|しません|禁止|不可")]
    private static partial Regex Negation();
}
