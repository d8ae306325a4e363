using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Audit;

/// <summary>
/// Writes security events twice: as a structured log event (EventId = the event's number, for the operator's log
/// pipeline) and as an <see cref="AuditEntry"/> the administrator can search.
/// </summary>
public sealed class AuditLog(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<AuditLog> logger)
{
    /// <summary>Records an event that is not part of another change (a sign-in attempt, a download), in its own transaction.</summary>
    public async Task RecordAsync(
        AuditEvent @event, HttpContext? http, CurrentUser? actor, string? subjectEmail = null, string? target = null, string? detail = null,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Add(db, @event, http, actor, subjectEmail, target, detail);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds the event to the caller's unit of work, so it is saved with (and only with) the change it records.</summary>
    public void Add(
        AppDbContext db, AuditEvent @event, HttpContext? http, CurrentUser? actor, string? subjectEmail = null, string? target = null, string? detail = null)
    {
        var address = http?.Connection.RemoteIpAddress?.ToString();
        var entry = AuditEntry.Create(@event, clock.GetUtcNow(), actor?.UserId, subjectEmail, target, address, detail);
        db.AuditEntries.Add(entry);
        logger.Log(
            @event is AuditEvent.SignInFailed or AuditEvent.LockedOut or AuditEvent.AccessRefused ? LogLevel.Warning : LogLevel.Information,
            new EventId((int)@event, @event.ToString()),
            "Security event {Event}: actor {ActorUserId}, subject {SubjectEmail}, target {Target}, from {IpAddress}, {Detail}",
            @event, entry.ActorUserId, entry.SubjectEmail, entry.Target, entry.IpAddress, entry.Detail);
    }
}
