using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Catalogue;

/// <summary>
/// The catalogue in use: the newest <see cref="CatalogueRevision"/>, first taken from seed-data/ai-services.json.
/// Administrators replace it; a revision that does not parse (e.g. a fact with a value but no source) is refused.
/// </summary>
public sealed class AiServiceCatalogueStore(IDbContextFactory<AppDbContext> dbFactory, SeedDataFolder seedData, TimeProvider clock, InstanceSignals? instances = null)
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
        instances?.Publish(InstanceSignals.CatalogueSaved);
        return null;
    }

    public sealed record RevisionRow(int Id, DateTimeOffset SavedAtUtc, string SavedBy);

    /// <summary>Every saved revision, newest first: who saved it and when.</summary>
    public async Task<IReadOnlyList<RevisionRow>> RevisionsAsync(CurrentUser user, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CatalogueRevisions.OrderByDescending(r => r.Id).Select(r => new RevisionRow(r.Id, r.SavedAtUtc, r.SavedBy)).ToListAsync(ct);
    }

    /// <summary>What changed from one revision to another (entries added, removed, and each changed fact).</summary>
    public async Task<CatalogueComparison?> CompareAsync(CurrentUser user, int olderId, int newerId, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var revisions = await db.CatalogueRevisions.Where(r => r.Id == olderId || r.Id == newerId).ToDictionaryAsync(r => r.Id, r => r.Json, ct);
        return revisions.Count == (olderId == newerId ? 1 : 2)
            ? CatalogueComparison.Between(AiServiceCatalogue.Parse(revisions[olderId]), AiServiceCatalogue.Parse(revisions[newerId]))
            : null;
    }

    /// <summary>
    /// Saves one entry (new when <paramref name="originalId"/> is null) as a new whole-catalogue revision; the form's
    /// validator runs here again, and the catalogue's parser refuses what it refuses on import.
    /// </summary>
    public async Task<CommandResult> SaveEntryAsync(
        CurrentUser user, string? originalId, CatalogueEntryForm form, IStringLocalizer<Resources.Strings> l, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return CommandResult.Forbidden;
        }

        var json = await CurrentJsonAsync(ct);
        var taken = CatalogueEntryForm.IdsIn(json).Where(id => id != originalId).ToList();
        var errors = Components.Shared.FormCheck<CatalogueEntryForm>.ErrorsOf(new CatalogueEntryFormValidator(l, taken), form);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        var refusal = await SaveAsync(user, form.ApplyTo(json, originalId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), ct);
        return refusal is null ? CommandResult.Ok(0) : CommandResult.Invalid(new Dictionary<string, string[]> { [""] = [refusal] });
    }
}
