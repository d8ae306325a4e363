using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Journal;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Journal;

/// <summary>What the journal records of a row, before the chain gives it a place.</summary>
public sealed record JournalRecord(JournalKind Kind, string Source, int? RequestId, DateTimeOffset OccurredAtUtc, string Content);

/// <summary>
/// Which rows the journal records and what it keeps of each: the moves of requests (assignments included), issued
/// documents, notifications, e-mails and reminders. E-mail addresses and bodies are not kept: the journal can never be
/// pruned, and a reset link must not outlive its message. Notifications and e-mails change later by design (read,
/// delivered), so only moves and documents are compared with their rows again when the chain is verified.
/// </summary>
public static class JournalRecords
{
    public const string Transitions = "RequestTransitions";
    public const string Documents = "IssuedDocuments";
    public const string Submissions = "RequestSubmissions";

    /// <summary>The tables whose rows never change, so verification compares each with its entry.</summary>
    public static readonly IReadOnlySet<string> Immutable = new HashSet<string>(StringComparer.Ordinal) { Transitions, Documents, Submissions };

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The record of a newly saved row, or null when the journal does not record rows of its type.</summary>
    public static JournalRecord? Of(object row) => row switch
    {
        RequestTransition t => Of(t),
        IssuedDocument d => Of(d),
        RequestSubmission s => Of(s),
        Notification n => new(JournalKind.Notification, $"Notifications/{n.Id}", n.RequestId, n.CreatedAtUtc,
            Serialize(new { n.Id, n.UserId, Kind = n.Kind.ToString(), n.RequestId, n.RequestNumber, At = Time(n.CreatedAtUtc) })),
        OutboxMessage m => new(JournalKind.Mail, $"OutboxMessages/{m.Id}", null, m.CreatedAtUtc,
            Serialize(new { m.Id, m.MessageId, m.Template, m.Subject, At = Time(m.CreatedAtUtc) })),
        ReminderLog r => new(JournalKind.Reminder, $"ReminderLogs/{r.Id}", r.RequestId, r.SentAtUtc,
            Serialize(new { r.Id, r.RequestId, Kind = r.Kind.ToString(), DueOn = r.DueOn.ToString("O", CultureInfo.InvariantCulture), At = Time(r.SentAtUtc) })),
        _ => null,
    };

    public static bool IsRecorded(object row) =>
        row is RequestTransition or IssuedDocument or RequestSubmission or Notification or OutboxMessage or ReminderLog;

    /// <summary>A filing: who sent which answers (by the SHA-256 of their JSON) under which guideline version.</summary>
    public static JournalRecord Of(RequestSubmission s) => new(JournalKind.Submission, $"{Submissions}/{s.Id}", s.RequestId, s.SubmittedAtUtc,
        Serialize(new
        {
            s.Id,
            s.RequestId,
            Trigger = s.Trigger.ToString(),
            s.SubmittedByUserId,
            s.SubmittedByName,
            s.GuidelineVersion,
            At = Time(s.SubmittedAtUtc),
            ContentSha256 = JournalEntry.HashOf(s.ContentJson),
        }));

    public static JournalRecord Of(RequestTransition t) => new(JournalKind.Transition, $"{Transitions}/{t.Id}", t.RequestId, t.OccurredAtUtc,
        Serialize(new
        {
            t.Id,
            t.RequestId,
            Trigger = t.Trigger.ToString(),
            From = t.From.ToString(),
            To = t.To.ToString(),
            t.ActorUserId,
            t.ActorName,
            t.ActorRole,
            At = Time(t.OccurredAtUtc),
            t.Reason,
            t.Step,
            t.HolderName,
            t.ReturnItems,
        }));

    public static JournalRecord Of(IssuedDocument d) =>
        Document(d.Id, d.Kind, d.DocumentNumber, d.VerificationCode, d.RequestId, d.ContractId, d.IssuedByUserId, d.IssuedAtUtc, d.Sha256);

    /// <summary>The records of the documents the query selects, read without their PDFs.</summary>
    public static async Task<List<JournalRecord>> DocumentsAsync(IQueryable<IssuedDocument> documents, CancellationToken ct) =>
        (await documents
            .Select(d => new { d.Id, d.Kind, d.DocumentNumber, d.VerificationCode, d.RequestId, d.ContractId, d.IssuedByUserId, d.IssuedAtUtc, d.Sha256 })
            .ToListAsync(ct))
        .Select(d => Document(d.Id, d.Kind, d.DocumentNumber, d.VerificationCode, d.RequestId, d.ContractId, d.IssuedByUserId, d.IssuedAtUtc, d.Sha256))
        .ToList();

    private static JournalRecord Document(
        int id, DocumentKind kind, string documentNumber, string verificationCode, int? requestId, int contractId,
        string issuedByUserId, DateTimeOffset issuedAtUtc, string sha256) =>
        new(JournalKind.DocumentIssued, $"{Documents}/{id}", requestId, issuedAtUtc,
            Serialize(new
            {
                Id = id,
                Kind = kind.ToString(),
                DocumentNumber = documentNumber,
                VerificationCode = verificationCode,
                RequestId = requestId,
                ContractId = contractId,
                IssuedByUserId = issuedByUserId,
                At = Time(issuedAtUtc),
                Sha256 = sha256,
            }));

    /// <summary>The table and id a source names (e.g. RequestTransitions/42).</summary>
    public static (string Table, long Id) Parse(string source)
    {
        var slash = source.IndexOf('/', StringComparison.Ordinal);
        return (source[..slash], long.Parse(source[(slash + 1)..], CultureInfo.InvariantCulture));
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
