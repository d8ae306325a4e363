namespace ContractorAiReview.Web.Catalogue;

/// <summary>
/// One saved version of the AI service catalogue (the JSON of seed-data/ai-services.json). Append-only, so what the
/// screen knew on any day can be shown later; the newest revision is the catalogue in use.
/// </summary>
public sealed class CatalogueRevision
{
    public int Id { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset SavedAtUtc { get; set; }
    public required string SavedBy { get; set; }
}
