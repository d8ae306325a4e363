using ContractorAiReview.Domain.Catalogue;

namespace ContractorAiReview.Domain.Screening;

/// <summary>Compares a change request's findings with those of the confirmed request it amends.</summary>
public static class ChangeRequestFindings
{
    /// <summary>
    /// Returns <paramref name="changeFindings"/> with <see cref="Finding.IsNew"/> set on those the amended request did
    /// not have. Service findings are matched by code and service name, not index, because a change may reorder
    /// services; whole-request findings by code and field.
    /// </summary>
    public static IReadOnlyList<Finding> MarkNew(IReadOnlyList<Finding> changeFindings, IReadOnlyList<Finding> amendedFindings)
    {
        var before = amendedFindings.Select(Key).ToHashSet();
        return changeFindings.Select(f => f with { IsNew = !before.Contains(Key(f)) }).ToList();
    }

    private static (string Code, string Where) Key(Finding finding) =>
        (finding.Code, finding.ServiceIndex is null ? finding.Field : AiServiceCatalogue.NormalizeName(finding.ServiceName ?? ""));
}
