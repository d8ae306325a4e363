using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Guidelines;

/// <summary>A guideline version as the administrator's screen lists it.</summary>
public sealed record GuidelineRow(Guideline Guideline, bool IsCurrent, int FiledUnder, DateTimeOffset? AdoptedAtUtc, string? AdoptedByName);

/// <summary>A confirmation in force that answered an older version than the current one: its use is to be confirmed again.</summary>
public sealed record ReconfirmationDue(int Id, string Number, string ContractName, string ContractorName, string DepartmentName, string GuidelineVersion);

/// <summary>
/// Which guideline version is current, and what follows when an administrator makes another one current: every
/// confirmation in force under an older version is due for re-confirmation (a change request, filed under the new
/// version), and its contractor is told, in the same transaction as the adoption.
/// </summary>
public sealed class GuidelineCommands(
    IDbContextFactory<AppDbContext> dbFactory, GuidelineLibrary guidelines, Notifier notifier, InstanceSignals instances, TimeProvider clock)
{
    public async Task<IReadOnlyList<GuidelineRow>> ListAsync(CurrentUser user, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filed = await db.Requests.GroupBy(r => r.GuidelineVersion).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var adoptions = (await db.GuidelineAdoptions.ToListAsync(ct)).GroupBy(a => a.GuidelineKey).ToDictionary(g => g.Key, g => g.MaxBy(a => a.AdoptedAtUtc)!);
        var current = guidelines.Current.Key;
        return guidelines.All.OrderByDescending(g => g.IssuedOn)
            .Select(g => new GuidelineRow(g, g.Key == current, filed.GetValueOrDefault(g.Key),
                adoptions.GetValueOrDefault(g.Key)?.AdoptedAtUtc, adoptions.GetValueOrDefault(g.Key)?.AdoptedByName))
            .ToList();
    }

    /// <summary>Makes the version current and tells the contractors whose confirmations answered an older one.</summary>
    public async Task<CommandResult> AdoptAsync(CurrentUser user, string key, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return CommandResult.Forbidden;
        }

        if (!guidelines.All.Any(g => g.Key == key))
        {
            return CommandResult.NotFound;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var adoption = GuidelineAdoption.Of(key, user.UserId, user.DisplayName, now);
        db.GuidelineAdoptions.Add(adoption);
        var due = await db.Requests.WithContract()
            .Where(ConfirmationRequest.DueForReconfirmationUnder(key))
            .ToListAsync(ct);
        foreach (var request in due)
        {
            await notifier.NotifyAsync(db, request, NotificationKind.ReconfirmationDue, Recipients.TheContractor,
                new Dictionary<string, string?> { ["Guideline"] = guidelines.TitleOf(key) }, ct);
        }

        await db.SaveChangesAsync(ct);
        guidelines.Adopt(key);
        instances.Publish(InstanceSignals.GuidelineAdopted);
        return CommandResult.Ok(adoption.Id);
    }

    /// <summary>
    /// The confirmations in force under an older version than the current one: a contractor's or a department's own;
    /// for administrators and procurement every one, by number, contract and company only (they do not read requests).
    /// </summary>
    public async Task<IReadOnlyList<ReconfirmationDue>> ReconfirmationDueAsync(CurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var requests = user.Role is Roles.Administrator or Roles.Procurement ? db.Requests : db.Requests.VisibleTo(user);
        return await requests
            .Where(ConfirmationRequest.DueForReconfirmationUnder(guidelines.Current.Key))
            .OrderBy(r => r.Number)
            .Select(r => new ReconfirmationDue(r.Id, r.Number, r.Contract!.Name, r.Contract.Contractor!.Name, r.Contract.Department!.Name, r.GuidelineVersion))
            .ToListAsync(ct);
    }

    /// <summary>At start: the version the administrators last made current, if any.</summary>
    public static async Task RestoreAsync(AppDbContext db, GuidelineLibrary guidelines, CancellationToken ct)
    {
        var latest = await db.GuidelineAdoptions.OrderByDescending(a => a.AdoptedAtUtc).ThenByDescending(a => a.Id)
            .Select(a => a.GuidelineKey).FirstOrDefaultAsync(ct);
        if (latest is not null && guidelines.All.Any(g => g.Key == latest))
        {
            guidelines.Adopt(latest);
        }
    }
}
