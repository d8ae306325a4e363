namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>Rule 6: the setting that keeps input out of training (opt-out) must be on.</summary>
public sealed class Rule6TrainingOptOut : IScreeningRule
{
    public const int RuleNumber = 6;

    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        foreach (var service in context.Services)
        {
            // Rule 5 confines a search engine to searching; what it does with queries is not generative input.
            // Blank draft rows have nothing to check yet.
            if (service.IsBlank || service.Entry?.IsSearchEngineWithAiAnswers.Value == true)
            {
                continue;
            }

            var optOut = service.Declaration.OptOutSet;
            var field = service.DeclarationField(nameof(ServiceDeclaration.OptOutSet));
            var unknown = service.Declaration.IsUnknown(nameof(ServiceDeclaration.OptOutSet));
            var declared = Facts.Declaration("オプトアウト設定済み", optOut, unknown);
            if (service.Entry is not { } entry || entry.TrainsOnInputByDefault.Value is null)
            {
                if (optOut != true)
                {
                    var known = service.Entry is null
                        ? Facts.NotCatalogued(service)
                        : Facts.Catalogue("入力情報を既定で学習に利用", service.Entry.TrainsOnInputByDefault, Facts.YesNo);
                    var answered = optOut is not null ? "はしていないと回答されています" : unknown ? "をしているかも「わからない」と回答されています" : "をしているかも未回答です";
                    yield return context.ServiceFinding(RuleNumber, "rule6.training-unknown", FindingSeverity.Attention, service, field,
                        $"「{service.Name}」が入力情報を学習に利用するかを確認できず、オプトアウト設定{answered}。入力情報を学習しない設定で利用できることを確認してください。",
                        known, declared) with { Args = [service.Name, answered] };
                }

                continue;
            }

            if (entry.TrainsOnInputByDefault.Value == false)
            {
                // The contractor's "not set" stands beside the catalogue's "does not train": both shown, neither overrides.
                if (optOut == false)
                {
                    yield return context.ServiceFinding(RuleNumber, "rule6.answer-differs-from-catalogue", FindingSeverity.Attention, service, field,
                        $"オプトアウト設定をしていないと回答されていますが、カタログでは{entry.DisplayName}は既定で入力情報を学習に利用しません。契約・設定の内容を確認し、学習に利用されない状態であることを確認してください。",
                        Facts.Catalogue("入力情報を既定で学習に利用", entry.TrainsOnInputByDefault, Facts.YesNo), declared) with { Args = [entry.DisplayName] };
                }

                continue;
            }

            var trains = Facts.Catalogue("入力情報を既定で学習に利用", entry.TrainsOnInputByDefault, Facts.YesNo);
            var available = Facts.Catalogue("オプトアウト設定が可能", entry.OptOutAvailable, Facts.YesNo);
            if (entry.OptOutAvailable.Value == false)
            {
                yield return context.ServiceFinding(RuleNumber, "rule6.opt-out-unavailable", FindingSeverity.Blocker, service, field,
                    $"{entry.DisplayName}は入力情報を学習に利用し、オプトアウトできないため、利用規定6を満たせません。学習に利用しないプランやサービスに変更してください。",
                    trains, available, declared) with { Args = [entry.DisplayName] };
            }
            else if (optOut == false)
            {
                yield return context.ServiceFinding(RuleNumber, "rule6.opt-out-not-set", FindingSeverity.Blocker, service, field,
                    $"{entry.DisplayName}は既定で入力情報を学習に利用します。利用規定6により、入力情報を学習しない設定（オプトアウト）をしてから利用してください。",
                    trains, available, declared) with { Args = [entry.DisplayName] };
            }
            else if (optOut == true && entry.OptOutAvailable.Value is null)
            {
                yield return context.ServiceFinding(RuleNumber, "rule6.opt-out-unverified", FindingSeverity.Attention, service, field,
                    $"{entry.DisplayName}は既定で入力情報を学習に利用し、オプトアウトの方法がカタログで確認できません。オプトアウト設定をした方法（設定画面・契約条項など）を示してください。",
                    trains, available, declared) with { Args = [entry.DisplayName] };
            }
            else if (unknown)
            {
                yield return context.ServiceFinding(RuleNumber, "rule6.opt-out-unknown", FindingSeverity.Attention, service, field,
                    $"{entry.DisplayName}は既定で入力情報を学習に利用しますが、オプトアウト設定をしているかは「わからない」と回答されています。設定画面や契約で確認し、学習しない設定にしてから利用してください。担当課が確認します。",
                    trains, available, declared) with { Args = [entry.DisplayName] };
            }
            else if (optOut is null)
            {
                yield return context.ServiceFinding(RuleNumber, "rule6.opt-out-not-declared", FindingSeverity.Attention, service, field,
                    $"{entry.DisplayName}は既定で入力情報を学習に利用します。オプトアウト設定をしているかを回答してください。",
                    trains, available, declared) with { Args = [entry.DisplayName], IsUnansweredQuestion = true };
            }
        }
    }
}
