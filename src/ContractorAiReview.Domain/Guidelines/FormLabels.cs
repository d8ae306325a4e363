using System.Text.RegularExpressions;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Guidelines;

/// <summary>
/// The official form's labels as a screen or a finding names a field: the template's wording without the paper's
/// layout (bullets, trailing colons, line breaks, the spacing that spreads 「所 在 地」 across a cell).
/// </summary>
public static partial class FormLabels
{
    /// <summary>A paper label as a plain label: 「・利用業務：」 → 「利用業務」, 「の 所 在 地」 → 「の所在地」.</summary>
    public static string Plain(string paper)
    {
        var oneLine = paper.Replace("\n", "", StringComparison.Ordinal).Trim();
        var bare = oneLine.TrimStart('・').TrimEnd('：', ':').Trim();
        return SpreadKanji().Replace(bare, "");
    }

    /// <summary>The official label of one free-text answer of part 1 (a <see cref="RequestContent"/> property name).</summary>
    public static string Of(RequestFormText form, string contentProperty) => Plain(contentProperty switch
    {
        nameof(RequestContent.Business) => form.Labels.Business,
        nameof(RequestContent.Purpose) => form.Labels.Purpose,
        nameof(RequestContent.Method) => form.Labels.Method,
        nameof(RequestContent.ScopeOfUsers) => form.Part1Rows.ScopeOfUsers,
        nameof(RequestContent.SecurityManagement) => form.Labels.SecurityManagement,
        nameof(RequestContent.UsageLogManagement) => form.Labels.UsageLogManagement,
        nameof(RequestContent.LegalCompliance) => form.Part1Rows.Legal,
        nameof(AiServiceUse.TermsOfUse) => form.Labels.TermsOfUse,
        nameof(AiServiceUse.ServiceName) => form.Labels.ServiceName,
        _ => throw new ArgumentOutOfRangeException(nameof(contentProperty), contentProperty, "Not a free-text answer of the form."),
    });

    // A space between two Japanese characters only spreads a short label across a cell on paper ("生成 AI" keeps its space).
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]) (?=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}])")]
    private static partial Regex SpreadKanji();
}
