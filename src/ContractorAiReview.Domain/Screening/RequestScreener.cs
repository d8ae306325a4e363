using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Screening.Rules;

namespace ContractorAiReview.Domain.Screening;

/// <summary>
/// Pre-screens a confirmation request against the usage rules of one guideline version. Decision support only: it
/// never confirms or returns a request; a person in the department decides.
/// </summary>
public sealed class RequestScreener
{
    /// <summary>The guideline versions whose rule numbering the rules below were written against.</summary>
    public static readonly IReadOnlySet<string> SupportedGuidelines = new HashSet<string>(StringComparer.Ordinal)
    {
        "osaka-contractor/1.1",
    };

    private readonly Guideline _guideline;
    private readonly AiServiceCatalogue _catalogue;
    private readonly IReadOnlyList<IScreeningRule> _rules;

    public RequestScreener(Guideline guideline, AiServiceCatalogue catalogue)
    {
        _guideline = guideline;
        _catalogue = catalogue;
        _rules = SupportedGuidelines.Contains(guideline.Key)
            ?
            [
                new CatalogueCoverage(),
                new Rule2DirectServiceToCitizens(),
                new Rule3ImageVideoProvenance(),
                new Rule4ConsumerTerms(),
                new Rule5SearchEngineAiAnswers(),
                new Rule6TrainingOptOut(),
                new Rule7PersonalOrConfidentialInput(),
                new Rule13UsageLogManagement(),
                new FreeTextHints(),
            ]
            : [];
    }

    public ScreeningResult Screen(ScreeningInput input)
    {
        if (input.GuidelineKey != _guideline.Key)
        {
            throw new ArgumentException(
                $"The request is filed under '{input.GuidelineKey}' but this screener checks '{_guideline.Key}'.", nameof(input));
        }

        if (_rules.Count == 0)
        {
            return new ScreeningResult(
            [
                new Finding("screening.guideline-not-supported", FindingSeverity.Info, null, null, null, null, "",
                    $"{_guideline.Title} {_guideline.Version} に対応した事前確認はまだありません。担当課が全項目を確認します。", [])
                {
                    Args = [$"{_guideline.Title} {_guideline.Version}"],
                },
            ]);
        }

        var context = new ScreeningContext(input, _guideline, _catalogue);
        var findings = _rules
            .SelectMany(rule => rule.Check(context))
            .OrderBy(f => f.ServiceIndex ?? -1)
            .ThenBy(f => f.Severity)
            .ThenBy(f => f.RuleNumber ?? 0)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Field, StringComparer.Ordinal)
            .ToList();
        return new ScreeningResult(findings);
    }
}
