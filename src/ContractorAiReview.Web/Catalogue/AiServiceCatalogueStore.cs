using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Catalogue;

/// <summary>
/// The catalogue in use: the newest <see cref="CatalogueRevision"/>, first taken from seed-data/ai-services.json.
/// Administrators replace it; a revision that does not parse (e.g. a fact with a value but no source) is refused.
/// </summary>
public sealed class AiServiceCatalogueStore(IDbContextFactory<AppDbContext> dbFactory, SeedDataFolder seedData, TimeProvider clock)
{
    private volatile AiServiceCatalogue? _current;

    public AiServiceCatalogue Current => _current ?? throw new InvalidOperationException("The catalogue is loaded at start-up.");

    public async Task LoadAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var latest = await db.CatalogueRevisions.OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            // Reference data, not demo data: every installation starts from the shipped catalogue.
            latest = new CatalogueRevision
            {
                Json = await File.ReadAllTextAsync(Path.Combine(seedData.Path, "ai-services.json"), ct),
                SavedAtUtc = clock.GetUtcNow(),
                SavedBy = "seed-data/ai-services.json",
            };
            db.CatalogueRevisions.Add(latest);
            await db.SaveChangesAsync(ct);
        }

        _current = AiServiceCatalogue.Parse(latest.Json);
    }

    /// <summary>Uses a catalogue loaded elsewhere (component tests, which have no database).</summary>
    internal void Use(AiServiceCatalogue catalogue) => _current = catalogue;

    public async Task<string> CurrentJsonAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CatalogueRevisions.OrderByDescending(r => r.Id).Select(r => r.Json).FirstAsync(ct);
    }

    /// <summary>Saves a new revision if it parses; returns the parse error otherwise.</summary>
    public async Task<string?> SaveAsync(CurrentUser user, string json, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return "Forbidden";
        }

        AiServiceCatalogue parsed;
        try
        {
            parsed = AiServiceCatalogue.Parse(json);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or ArgumentException or KeyNotFoundException)
        {
            return e.Message;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.CatalogueRevisions.Add(new CatalogueRevision { Json = json, SavedAtUtc = clock.GetUtcNow(), SavedBy = user.DisplayName });
        await db.SaveChangesAsync(ct);
        _current = parsed;
        return null;
    }
}
