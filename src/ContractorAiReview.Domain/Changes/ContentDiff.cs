using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Changes;

/// <summary>What can differ between two versions of one service.</summary>
public enum ServiceAspect
{
    Modalities = 1,
    ServiceName = 2,
    Provider = 3,
    TermsOfUse = 4,
    Provenance = 5,
    CatalogueEntry = 6,
    Plan = 7,
    OptOut = 8,
    OutputReachesCitizens = 9,
    PersonalInput = 10,
    UsedForAiAnswers = 11,
    SimilarityCheck = 12,
}

public enum ServiceChangeKind
{
    Added = 1,
    Removed = 2,
    Changed = 3,
}

/// <summary>One service that was added, removed, or changed in some aspects (both versions kept for showing).</summary>
public sealed record ServiceDifference(ServiceChangeKind Kind, AiServiceUse? Before, AiServiceUse? After, IReadOnlyList<ServiceAspect> Aspects)
{
    public string Name => (After ?? Before)!.ServiceName;
}

/// <summary>A checklist item ticked in one version and not in the other.</summary>
public sealed record ChecklistDifference(int Number, bool Before, bool After);

/// <summary>
/// The differences between two versions of a request's answers (a confirmed request and its change, or two filings of
/// one request): field by field, service by service (matched by <see cref="ServiceMatching"/>), checklist item by item.
/// </summary>
public sealed record ContentDiff(
    IReadOnlyList<FormField> Fields, IReadOnlyList<ServiceDifference> Services, IReadOnlyList<ChecklistDifference> Checklist)
{
    public bool IsEmpty => Fields.Count == 0 && Services.Count == 0 && Checklist.Count == 0;

    public static ContentDiff Between(RequestContent before, RequestContent after)
    {
        var fields = FormFields.InFormOrder.Where(f => FormFields.ValueOf(f, before) != FormFields.ValueOf(f, after)).ToList();
        var services = new List<ServiceDifference>();
        foreach (var (b, a) in ServiceMatching.Pair(before.Services, after.Services))
        {
            var was = b is { } i ? before.Services[i] : null;
            var now = a is { } j ? after.Services[j] : null;
            if (was is null || now is null)
            {
                services.Add(new ServiceDifference(was is null ? ServiceChangeKind.Added : ServiceChangeKind.Removed, was, now, []));
                continue;
            }

            var aspects = Enum.GetValues<ServiceAspect>().Where(aspect => ValueOf(aspect, was) != ValueOf(aspect, now)).ToList();
            if (aspects.Count > 0)
            {
                services.Add(new ServiceDifference(ServiceChangeKind.Changed, was, now, aspects));
            }
        }

        var numbers = before.TickedChecklistItems.Union(after.TickedChecklistItems).Order();
        var checklist = numbers.Where(n => before.IsTicked(n) != after.IsTicked(n))
            .Select(n => new ChecklistDifference(n, before.IsTicked(n), after.IsTicked(n)))
            .ToList();
        return new ContentDiff(fields, services, checklist);
    }

    /// <summary>Whether a return reason's target differs here: the contractor changed what was returned.</summary>
    public bool Touches(ReturnTarget target) => target.Kind switch
    {
        ReturnTargetKind.Field => Fields.Contains(target.Field!.Value),
        ReturnTargetKind.Service => Services.Any(s => Is(s.Before, target) || Is(s.After, target)),
        ReturnTargetKind.ChecklistItem => Checklist.Any(c => c.Number == target.ChecklistItem),
        _ => false,
    };

    private static bool Is(AiServiceUse? service, ReturnTarget target) =>
        service is not null && (ServiceMatching.KeyOf(service) == target.ServiceKey
                                || ServiceMatching.IndexOf(target.ServiceKey!, target.ServiceName ?? "", [service]) is not null);

    /// <summary>One aspect of a service as a comparable, language-neutral text.</summary>
    public static string ValueOf(ServiceAspect aspect, AiServiceUse service) => aspect switch
    {
        ServiceAspect.Modalities => $"{service.Modalities}|{(service.Has(AiModality.Other) ? service.OtherModality?.Trim() : null)}",
        ServiceAspect.ServiceName => service.ServiceName.Trim(),
        ServiceAspect.Provider => service.Provider.Trim(),
        ServiceAspect.TermsOfUse => service.TermsOfUse.Trim(),
        ServiceAspect.Provenance => $"{service.Provenance}",
        ServiceAspect.CatalogueEntry => service.Declaration.CatalogueEntryId ?? "",
        ServiceAspect.Plan => service.Declaration.Plan?.Trim() ?? "",
        ServiceAspect.OptOut => Answer(service, nameof(Screening.ServiceDeclaration.OptOutSet), service.Declaration.OptOutSet),
        ServiceAspect.OutputReachesCitizens => Answer(service, nameof(Screening.ServiceDeclaration.OutputReachesCitizensDirectly), service.Declaration.OutputReachesCitizensDirectly),
        ServiceAspect.PersonalInput => Answer(service, nameof(Screening.ServiceDeclaration.PersonalOrConfidentialInput), service.Declaration.PersonalOrConfidentialInput),
        ServiceAspect.UsedForAiAnswers => Answer(service, nameof(Screening.ServiceDeclaration.UsedForAiAnswers), service.Declaration.UsedForAiAnswers),
        ServiceAspect.SimilarityCheck => Answer(service, nameof(Screening.ServiceDeclaration.SimilarityCheckCommitted), service.Declaration.SimilarityCheckCommitted),
        _ => throw new ArgumentOutOfRangeException(nameof(aspect), aspect, null),
    };

    // わからない is an answer of its own: from "not answered" to "don't know" is a change.
    private static string Answer(AiServiceUse service, string question, bool? value) =>
        service.Declaration.IsUnknown(question) ? "unknown" : $"{value}";
}
