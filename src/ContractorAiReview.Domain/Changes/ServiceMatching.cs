using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Changes;

/// <summary>
/// Which service of one version of a request is which service of another: by catalogue entry where both name one,
/// else by name (normalised as the catalogue does). Never by position: reordering services changes nothing.
/// </summary>
public static class ServiceMatching
{
    /// <summary>A service's identity across versions: its catalogue entry, or its normalised name.</summary>
    public static string KeyOf(AiServiceUse service) =>
        service.Declaration.CatalogueEntryId is { Length: > 0 } id ? "catalogue:" + id : "name:" + AiServiceCatalogue.NormalizeName(service.ServiceName);

    /// <summary>Pairs of (index before, index after); a service without a partner is paired with null.</summary>
    public static IReadOnlyList<(int? Before, int? After)> Pair(IReadOnlyList<AiServiceUse> before, IReadOnlyList<AiServiceUse> after)
    {
        var pairs = new List<(int? Before, int? After)>();
        var unmatchedAfter = Enumerable.Range(0, after.Count).ToList();
        var unmatchedBefore = new List<int>();
        foreach (var b in Enumerable.Range(0, before.Count))
        {
            var id = before[b].Declaration.CatalogueEntryId;
            var a = unmatchedAfter.FirstOrDefault(i => id is { Length: > 0 } && after[i].Declaration.CatalogueEntryId == id, -1);
            if (a < 0)
            {
                unmatchedBefore.Add(b);
                continue;
            }

            pairs.Add((b, a));
            unmatchedAfter.Remove(a);
        }

        foreach (var b in unmatchedBefore)
        {
            var name = AiServiceCatalogue.NormalizeName(before[b].ServiceName);
            var a = unmatchedAfter.FirstOrDefault(i => name.Length > 0 && AiServiceCatalogue.NormalizeName(after[i].ServiceName) == name, -1);
            if (a >= 0)
            {
                unmatchedAfter.Remove(a);
            }

            pairs.Add((b, a >= 0 ? a : null));
        }

        pairs.AddRange(unmatchedAfter.Select(a => ((int?)null, (int?)a)));
        return pairs.OrderBy(p => p.After ?? int.MaxValue).ThenBy(p => p.Before).ToList();
    }

    /// <summary>Where the service known by <paramref name="key"/> (or, failing that, <paramref name="name"/>) is now.</summary>
    public static int? IndexOf(string key, string name, IReadOnlyList<AiServiceUse> services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            if (KeyOf(services[i]) == key)
            {
                return i;
            }
        }

        var normalised = AiServiceCatalogue.NormalizeName(name);
        for (var i = 0; i < services.Count; i++)
        {
            if (normalised.Length > 0 && AiServiceCatalogue.NormalizeName(services[i].ServiceName) == normalised)
            {
                return i;
            }
        }

        return null;
    }
}
