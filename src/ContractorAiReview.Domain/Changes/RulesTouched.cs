using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Changes;

/// <summary>
/// One usage rule a difference touches, and which difference: a part of the form, or a service (added, or changed in
/// an aspect), so the officer knows where to look.
/// </summary>
public sealed record RuleTouch(int Rule, FormField? Field = null, string? ServiceName = null, ServiceChangeKind? ServiceChange = null, ServiceAspect? Aspect = null);

/// <summary>
/// The one mapping from what changed to the usage rules (利用ルール) it touches. A removed service touches none (less
/// use, nothing new to check); a new service touches every rule its answers speak to.
/// </summary>
public static class RulesTouched
{
    private static readonly int[] ImageAndVideoRule = [3];

    /// <summary>The rules each field is about (the field's place in the form and the rule's wording).</summary>
    public static IReadOnlyList<int> OfField(FormField field) => field switch
    {
        FormField.User or FormField.ScopeOfUsers or FormField.SecurityManagement or FormField.UsageLogManagement => [13],
        FormField.Business or FormField.Purpose => [2],
        FormField.Method => [9, 10, 11, 12],
        FormField.LegalCompliance => [8, 10],
        FormField.Cover or FormField.Contact or FormField.Change => [],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The rules an aspect of a service is about, given the service as it is before and after.</summary>
    public static IReadOnlyList<int> OfAspect(ServiceAspect aspect, AiServiceUse? before, AiServiceUse? after) => aspect switch
    {
        ServiceAspect.Modalities => IsImageOrVideo(before) || IsImageOrVideo(after) ? ImageAndVideoRule : [],
        ServiceAspect.Provenance or ServiceAspect.SimilarityCheck => ImageAndVideoRule,
        ServiceAspect.ServiceName or ServiceAspect.Provider or ServiceAspect.TermsOfUse or ServiceAspect.CatalogueEntry or ServiceAspect.Plan => [4],
        ServiceAspect.OptOut => [6],
        ServiceAspect.PersonalInput => [7],
        ServiceAspect.OutputReachesCitizens => [2],
        ServiceAspect.UsedForAiAnswers => [5],
        _ => throw new ArgumentOutOfRangeException(nameof(aspect), aspect, null),
    };

    /// <summary>Every rule the differences touch, rule by rule, each with the difference that touches it.</summary>
    public static IReadOnlyList<RuleTouch> By(ContentDiff diff)
    {
        var touches = new List<RuleTouch>();
        foreach (var field in diff.Fields)
        {
            touches.AddRange(OfField(field).Select(rule => new RuleTouch(rule, Field: field)));
        }

        foreach (var service in diff.Services)
        {
            if (service.Kind == ServiceChangeKind.Added)
            {
                // A new service: every rule its answers speak to, once each.
                touches.AddRange(AnsweredAspects(service.After!).SelectMany(aspect => OfAspect(aspect, null, service.After)).Distinct()
                    .Select(rule => new RuleTouch(rule, ServiceName: service.Name, ServiceChange: ServiceChangeKind.Added)));
                continue;
            }

            foreach (var aspect in service.Aspects)
            {
                touches.AddRange(OfAspect(aspect, service.Before, service.After)
                    .Select(rule => new RuleTouch(rule, ServiceName: service.Name, ServiceChange: service.Kind, Aspect: aspect)));
            }
        }

        return touches.Distinct().OrderBy(t => t.Rule).ToList();
    }

    /// <summary>The aspects a newly added service speaks to: all, except those its kinds make irrelevant.</summary>
    private static IEnumerable<ServiceAspect> AnsweredAspects(AiServiceUse service) =>
        Enum.GetValues<ServiceAspect>().Where(aspect => aspect switch
        {
            ServiceAspect.Provenance or ServiceAspect.SimilarityCheck => IsImageOrVideo(service),
            ServiceAspect.UsedForAiAnswers => service.Declaration.UsedForAiAnswers is not null,
            _ => true,
        });

    private static bool IsImageOrVideo(AiServiceUse? service) => service is not null && (service.Has(AiModality.Image) || service.Has(AiModality.Video));
}
