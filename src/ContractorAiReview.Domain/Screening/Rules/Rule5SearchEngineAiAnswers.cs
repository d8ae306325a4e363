namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>Rule 5: search engines with generative AI may be used to search only, never for their AI answers.</summary>
public sealed class Rule5SearchEngineAiAnswers : IScreeningRule
{
    public const int RuleNumber = 5;

    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        foreach (var service in context.Services.Where(s => !s.IsBlank))
        {
            var isSearchEngine = service.Entry?.IsSearchEngineWithAiAnswers.Value == true;
            var answer = service.Declaration.UsedForAiAnswers;
            var field = service.DeclarationField(nameof(ServiceDeclaration.UsedForAiAnswers));
            var unknown = service.Declaration.IsUnknown(nameof(ServiceDeclaration.UsedForAiAnswers));
            var declared = Facts.Declaration("生成AIによる回答を利用する", answer, unknown);

            // Off the catalogue only the contractor's own answer tells us it is a search engine's AI answer.
            if (!isSearchEngine)
            {
                if (answer == true)
                {
                    yield return context.ServiceFinding(RuleNumber, "rule5.ai-answers-declared", FindingSeverity.Blocker, service, field,
                        $"検索エンジン等の生成AIによる回答を得る目的での利用は利用規定5で禁止されています。「{service.Name}」は最新情報の検索目的に限って利用してください。",
                        declared) with { Args = [service.Name] };
                }

                continue;
            }

            var fact = Facts.Catalogue("生成AI機能付きの検索エンジン", service.Entry!.IsSearchEngineWithAiAnswers, Facts.YesNo);
            switch (answer)
            {
                case true:
                    yield return context.ServiceFinding(RuleNumber, "rule5.ai-answers", FindingSeverity.Blocker, service, field,
                        $"{service.Entry.DisplayName}の生成AIによる回答を得る目的での利用は利用規定5で禁止されています。インターネット上の最新情報の検索目的に限って利用してください。",
                        fact, declared) with { Args = [service.Entry.DisplayName] };
                    break;
                case null when unknown:
                    yield return context.ServiceFinding(RuleNumber, "rule5.answered-unknown", FindingSeverity.Attention, service, field,
                        $"{service.Entry.DisplayName}の生成AIによる回答を利用するかは「わからない」と回答されています。検索目的に限って利用し、表示される生成AIの回答は利用しないでください。担当課が確認します。",
                        fact, declared) with { Args = [service.Entry.DisplayName] };
                    break;
                case null:
                    yield return context.ServiceFinding(RuleNumber, "rule5.usage-not-declared", FindingSeverity.Attention, service, field,
                        $"{service.Entry.DisplayName}は生成AI機能付きの検索エンジンです。生成AIによる回答を利用するかを回答してください（検索目的のみ利用可）。",
                        fact, declared) with { Args = [service.Entry.DisplayName], IsUnansweredQuestion = true };
                    break;
                default:
                    yield return context.ServiceFinding(RuleNumber, "rule5.search-only", FindingSeverity.Info, service, field,
                        $"{service.Entry.DisplayName}は検索目的のみで利用すると申告されています。表示される生成AIの回答は利用しないでください。",
                        fact, declared) with { Args = [service.Entry.DisplayName] };
                    break;
            }
        }
    }
}
