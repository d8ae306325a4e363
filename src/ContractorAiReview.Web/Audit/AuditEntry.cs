namespace ContractorAiReview.Web.Audit;

/// <summary>What happened, for the security record (OWASP ASVS V16). Names only: never a password, token or code.</summary>
public enum AuditEvent
{
    SignInSucceeded = 1,
    SignInFailed = 2,
    LockedOut = 3,
    SignedOut = 4,
    PasswordChanged = 10,
    PasswordReset = 11,
    /// <summary>Someone asked for a password reset link by e-mail (whether or not the address is known).</summary>
    PasswordResetRequested = 14,
    MfaEnrolled = 12,
    MfaReset = 13,
    UserCreated = 20,
    UserDisabled = 21,
    UserEnabled = 22,
    RoleChanged = 23,
    OrganisationChanged = 24,
    InvitationIssued = 25,
    InvitationAccepted = 26,
    AccessRefused = 30,
    DocumentDownloaded = 40,
    /// <summary>An administrator saved a new version of a department's approval route.</summary>
    RouteChanged = 50,
}

/// <summary>
/// One security-relevant event: who (the signed-in actor, if any), about whom (the account concerned), what, from
/// where, when. Append-only; searchable by the administrator.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public DateTimeOffset OccurredAtUtc { get; private set; }
    public AuditEvent Event { get; private set; }

    /// <summary>The signed-in person who acted; null for anonymous attempts.</summary>
    public string? ActorUserId { get; private set; }

    /// <summary>The account the event concerns, by e-mail as typed or stored (a failed sign-in names what was tried).</summary>
    public string? SubjectEmail { get; private set; }

    /// <summary>What was touched, e.g. "document:12" or "/requests/5".</summary>
    public string? Target { get; private set; }

    public string? IpAddress { get; private set; }

    /// <summary>A short, non-secret detail such as "role: Procurement → Administrator".</summary>
    public string? Detail { get; private set; }

    private AuditEntry()
    {
    }

    public static AuditEntry Create(
        AuditEvent @event, DateTimeOffset nowUtc, string? actorUserId, string? subjectEmail, string? target, string? ipAddress, string? detail) => new()
    {
        Event = @event,
        OccurredAtUtc = nowUtc,
        ActorUserId = actorUserId,
        SubjectEmail = Clip(subjectEmail?.Trim().ToLowerInvariant(), 256),
        Target = Clip(target, 200),
        IpAddress = Clip(ipAddress, 64),
        Detail = Clip(detail, 500),
    };

    private static string? Clip(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}
