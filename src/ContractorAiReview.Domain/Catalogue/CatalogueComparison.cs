namespace ContractorAiReview.Domain.Catalogue;

/// <summary>One thing an entry says differently in the newer revision: which field, from what, to what.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

public sealed record ChangedEntry(AiServiceEntry Before, AiServiceEntry After, IReadOnlyList<FieldChange> Changes);

/// <summary>What changed between two catalogue revisions, entry by entry (matched by id, never by position).</summary>
public sealed record CatalogueComparison(
    IReadOnlyList<AiServiceEntry> Added, IReadOnlyList<AiServiceEntry> Removed, IReadOnlyList<ChangedEntry> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    public static CatalogueComparison Between(AiServiceCatalogue older, AiServiceCatalogue newer)
    {
        var before = older.Entries.ToDictionary(e => e.Id);
        var after = newer.Entries.ToDictionary(e => e.Id);
        return new CatalogueComparison(
            [.. newer.Entries.Where(e => !before.ContainsKey(e.Id))],
            [.. older.Entries.Where(e => !after.ContainsKey(e.Id))],
            [.. newer.Entries.Where(e => before.ContainsKey(e.Id))
                .Select(e => new ChangedEntry(before[e.Id], e, ChangesOf(before[e.Id], e)))
                .Where(c => c.Changes.Count > 0)]);
    }

    /// <summary>Field names are the entry's property names; a fact compares its value and its source.</summary>
    public static IReadOnlyList<FieldChange> ChangesOf(AiServiceEntry before, AiServiceEntry after)
    {
        var changes = new List<FieldChange>();
        void Compare(string field, string? a, string? b)
        {
            if (a != b)
            {
                changes.Add(new FieldChange(field, a, b));
            }
        }

        Compare(nameof(AiServiceEntry.ServiceName), before.ServiceName, after.ServiceName);
        Compare(nameof(AiServiceEntry.Plan), before.Plan, after.Plan);
        Compare(nameof(AiServiceEntry.Provider), before.Provider, after.Provider);
        Compare(nameof(AiServiceEntry.Aliases), string.Join(", ", before.Aliases), string.Join(", ", after.Aliases));
        Compare(nameof(AiServiceEntry.Modalities), before.Modalities.ToString(), after.Modalities.ToString());
        Compare(nameof(AiServiceEntry.TermsType), Describe(before.TermsType), Describe(after.TermsType));
        Compare(nameof(AiServiceEntry.TrainsOnInputByDefault), Describe(before.TrainsOnInputByDefault), Describe(after.TrainsOnInputByDefault));
        Compare(nameof(AiServiceEntry.OptOutAvailable), Describe(before.OptOutAvailable), Describe(after.OptOutAvailable));
        Compare(nameof(AiServiceEntry.TrainingDataProvenance), Describe(before.TrainingDataProvenance), Describe(after.TrainingDataProvenance));
        Compare(nameof(AiServiceEntry.IsSearchEngineWithAiAnswers), Describe(before.IsSearchEngineWithAiAnswers), Describe(after.IsSearchEngineWithAiAnswers));
        Compare(nameof(AiServiceEntry.DataLocation), Describe(before.DataLocation), Describe(after.DataLocation));
        Compare(nameof(AiServiceEntry.Note), before.Note, after.Note);
        return changes;
    }

    private static string Describe<T>(Fact<T> fact) => fact.IsKnown ? $"{fact.Value} — {fact.Source}" : "—";
}
