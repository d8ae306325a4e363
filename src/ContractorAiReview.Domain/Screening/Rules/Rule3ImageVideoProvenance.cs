using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>
/// Rule 3: image and video services should learn only from curated, rights-cleared content; otherwise the contractor
/// checks outputs for similarity and needs the department's consent to use them as deliverables.
/// </summary>
public sealed class Rule3ImageVideoProvenance : IScreeningRule
{
    public const int RuleNumber = 3;

    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        foreach (var service in context.Services)
        {
            if (!service.Use.Has(AiModality.Image) && !service.Use.Has(AiModality.Video))
            {
                continue;
            }

            var field = service.FormField(nameof(AiServiceUse.Provenance));
            var declared = service.Use.Provenance;
            var catalogue = service.Entry?.TrainingDataProvenance;
            var facts = new List<FindingFact>
            {
                Facts.OnForm("学習データ（(3)の回答）", declared switch
                {
                    TrainingDataProvenance.Curated => "選別したコンテンツのみを学習",
                    TrainingDataProvenance.NotCuratedOrUnknown => "該当しない又は不明",
                    _ => "未回答",
                }),
            };
            facts.Add(catalogue is null
                ? Facts.NotCatalogued(service)
                : Facts.Catalogue("学習データ（カタログ）", catalogue, Facts.Describe));

            if (declared is null)
            {
                yield return context.ServiceFinding(RuleNumber, "rule3.provenance-not-answered", FindingSeverity.Attention, service, field,
                    $"「{service.Name}」は画像・動画を生成するため、学習データが選別したコンテンツのみかどうか（(3)）を回答してください。",
                    [.. facts]);
                continue;
            }

            if (declared == TrainingDataProvenance.Curated)
            {
                if (catalogue?.Value == TrainingDataCuration.NotCurated)
                {
                    yield return context.ServiceFinding(RuleNumber, "rule3.provenance-contradicts-catalogue", FindingSeverity.Attention, service, field,
                        $"「{service.Name}」は「選別したコンテンツのみを学習」と回答されていますが、カタログでは選別していないサービスです。根拠を確認し、該当しない場合は「該当しない又は不明」に改め、類似性の確認と成果物利用時の発注者の同意を前提としてください。",
                        [.. facts]);
                }
                else if (catalogue?.Value is null)
                {
                    yield return context.ServiceFinding(RuleNumber, "rule3.provenance-unverified", FindingSeverity.Attention, service, field,
                        $"「{service.Name}」の学習データが選別したコンテンツのみであることをカタログで確認できません。提供者の公表資料など根拠を示してください。",
                        [.. facts]);
                }

                continue;
            }

            var similarity = service.Declaration.SimilarityCheckCommitted;
            facts.Add(Facts.Declaration("生成物の類似性確認を行う", similarity));
            if (similarity == false)
            {
                yield return context.ServiceFinding(RuleNumber, "rule3.no-similarity-check", FindingSeverity.Blocker, service,
                    service.DeclarationField(nameof(ServiceDeclaration.SimilarityCheckCommitted)),
                    $"「{service.Name}」は学習データが選別されていない又は不明なサービスです。生成内容が既存著作物と類似していないこと・無許諾で依拠していないことを確認する体制が必要です（利用規定3）。確認方法を定めるか、選別したコンテンツで学習したサービスに変更してください。",
                    [.. facts]);
            }
            else
            {
                yield return context.ServiceFinding(RuleNumber, "rule3.deliverable-consent-required", FindingSeverity.Attention, service, field,
                    $"「{service.Name}」は学習データが選別されていない又は不明なサービスです。生成内容と既存著作物との類似性・依拠の確認を行い、成果物として利用する際は発注者の同意を得てください。",
                    [.. facts]);
            }
        }
    }
}
