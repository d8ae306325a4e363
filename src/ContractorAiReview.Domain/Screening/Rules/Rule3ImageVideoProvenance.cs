using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>
/// Rule 3: image and video services should learn only from curated, rights-cleared content; otherwise the contractor
/// checks outputs for similarity and needs the department's consent to use them as deliverables.
/// </summary>
public sealed class Rule3ImageVideoProvenance : IScreeningRule
{
    public const int RuleNumber = 3;

    /// <summary>What rule 3 asks of a service not shown to learn from curated content: both conditions, every time.</summary>
    private const string BothConditions =
        "利用規定3により、①生成内容が既存著作物と類似していないこと・無許諾で複製していないことを利用前に確認すること、②成果物として利用する際は発注者（所管部署）の同意を得ることの両方が必要です。";

    private const AiModality ImageOrVideo = AiModality.Image | AiModality.Video;

    public IEnumerable<Finding> Check(ScreeningContext context)
    {
        foreach (var service in context.Services)
        {
            // The catalogue knows the service as an image or video generator (nothing else), but the form declares neither:
            // both shown, nothing assumed. A general service that can also draw (ChatGPT) is rightly declared as text only.
            if (!service.IsBlank && service.Entry is { } entry && (entry.Modalities & ImageOrVideo) != 0 && (entry.Modalities & ~ImageOrVideo) == 0
                && (service.Use.Modalities & ImageOrVideo) == 0 && service.Use.Modalities != AiModality.None)
            {
                yield return context.ServiceFinding(RuleNumber, "rule3.kinds-differ-from-catalogue", FindingSeverity.Attention, service,
                    service.FormField(nameof(AiServiceUse.Modalities)),
                    $"{entry.DisplayName}はカタログでは画像・動画を生成するサービスですが、利用する種類に③画像・④動画が選ばれていません。画像・動画を生成しないのであればこのままで構いません。生成する場合は種類を選び直してください（学習データの確認が必要になります）。",
                    Facts.OnForm(FormLabels.Of(context.Guideline.RequestForm, nameof(AiServiceUse.ServiceName)), service.Name),
                    new FindingFact("生成できる種類（カタログ）", string.Join("、", AiModalities.InFormOrder.Where(m => (entry.Modalities & m) != 0)
                        .Select(m => context.Guideline.RequestForm.Labels.Modalities.Of(m))), Facts.CatalogueEntry),
                    new FindingFact("利用する種類（申告）", string.Join("、", AiModalities.InFormOrder.Where(service.Use.Has)
                        .Select(m => context.Guideline.RequestForm.Labels.Modalities.Of(m))), Facts.FormSource)) with { Args = [entry.DisplayName] };
            }

            if (!service.Use.Has(AiModality.Image) && !service.Use.Has(AiModality.Video))
            {
                continue;
            }

            var field = service.FormField(nameof(AiServiceUse.Provenance));
            var declared = service.Use.Provenance;
            var catalogue = service.Entry?.TrainingDataProvenance;
            var facts = new List<FindingFact>
            {
                Facts.OnForm(FormLabels.Plain(context.Guideline.RequestForm.Part1Rows.Provenance), declared switch
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
                    $"「{service.Name}」は画像・動画を生成するため、学習データが選別したコンテンツのみかどうかを回答してください。選別したコンテンツのみでない又は不明な場合、{BothConditions}",
                    [.. facts]) with { Args = [service.Name, BothConditions], IsUnansweredQuestion = true };
                continue;
            }

            if (declared == TrainingDataProvenance.Curated)
            {
                if (catalogue?.Value == TrainingDataCuration.NotCurated)
                {
                    yield return context.ServiceFinding(RuleNumber, "rule3.provenance-contradicts-catalogue", FindingSeverity.Attention, service, field,
                        $"「{service.Name}」は「選別したコンテンツのみを学習」と回答されていますが、カタログでは選別していないサービスです。根拠を確認し、該当しない場合は「該当しない又は不明」に改めてください。その場合、{BothConditions}",
                        [.. facts]) with { Args = [service.Name, BothConditions] };
                }
                else if (catalogue?.Value is null)
                {
                    yield return context.ServiceFinding(RuleNumber, "rule3.provenance-unverified", FindingSeverity.Attention, service, field,
                        $"「{service.Name}」の学習データが選別したコンテンツのみであることをカタログで確認できません。提供者の公表資料など根拠を示してください。示せない場合、{BothConditions}",
                        [.. facts]) with { Args = [service.Name, BothConditions] };
                }

                continue;
            }

            var similarity = service.Declaration.SimilarityCheckCommitted;
            facts.Add(Facts.Declaration("生成物の類似性確認を行う", similarity, service.Declaration.IsUnknown(nameof(ServiceDeclaration.SimilarityCheckCommitted))));
            if (similarity == false)
            {
                yield return context.ServiceFinding(RuleNumber, "rule3.no-similarity-check", FindingSeverity.Blocker, service,
                    service.DeclarationField(nameof(ServiceDeclaration.SimilarityCheckCommitted)),
                    $"「{service.Name}」は学習データが選別されていない又は不明なサービスですが、類似性の確認を行わないと回答されています。{BothConditions}確認方法を定めるか、選別したコンテンツで学習したサービスに変更してください。",
                    [.. facts]) with { Args = [service.Name, BothConditions] };
            }
            else
            {
                yield return context.ServiceFinding(RuleNumber, "rule3.deliverable-consent-required", FindingSeverity.Attention, service, field,
                    $"「{service.Name}」は学習データが選別されていない又は不明なサービスです。{BothConditions}",
                    [.. facts]) with { Args = [service.Name, BothConditions] };
            }
        }
    }
}
