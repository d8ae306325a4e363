using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ContractorAiReview.Domain.Journal;

/// <summary>What a journal entry records.</summary>
public enum JournalKind
{
    /// <summary>A move of a request, assignments included (claim, release, reassignment).</summary>
    Transition = 1,
    DocumentIssued = 2,
    Notification = 3,
    Mail = 4,
    Reminder = 5,
    /// <summary>What was sent at a filing (the answers by their hash).</summary>
    Submission = 6,
}

/// <summary>
/// One entry of the append-only journal. Entries form a chain: each carries the SHA-256 of its content and the hash
/// of the entry before it, and its own hash covers both, so changing, removing or reordering any entry breaks the
/// chain from that entry on. The database also refuses updates and deletes of journal rows (a trigger).
/// </summary>
public sealed class JournalEntry
{
    /// <summary>The hash the first entry points back to.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>1, 2, 3… without gaps: a missing number is a removed entry.</summary>
    public long Sequence { get; private set; }
    /// <summary>When the recorded thing happened (the time its row carries).</summary>
    public DateTimeOffset OccurredAtUtc { get; private set; }
    public JournalKind Kind { get; private set; }

    /// <summary>The row the entry records, as table/id (e.g. <c>RequestTransitions/42</c>).</summary>
    public string Source { get; private set; } = "";

    public int? RequestId { get; private set; }

    /// <summary>What the source row said when it was written (JSON).</summary>
    public string Content { get; private set; } = "";

    public string ContentHash { get; private set; } = "";
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    private JournalEntry()
    {
    }

    /// <summary>The entry that follows <paramref name="previous"/> (null for the first one).</summary>
    public static JournalEntry Append(
        JournalEntry? previous, DateTimeOffset occurredAtUtc, JournalKind kind, string source, int? requestId, string content) =>
        Append(previous is null ? null : (previous.Sequence, previous.Hash), occurredAtUtc, kind, source, requestId, content);

    /// <summary>The entry that follows the chain's head (its sequence and hash; null when the journal is empty).</summary>
    public static JournalEntry Append(
        (long Sequence, string Hash)? head, DateTimeOffset occurredAtUtc, JournalKind kind, string source, int? requestId, string content)
    {
        var entry = new JournalEntry
        {
            Sequence = (head?.Sequence ?? 0) + 1,
            OccurredAtUtc = occurredAtUtc.ToUniversalTime(),
            Kind = kind,
            Source = source,
            RequestId = requestId,
            Content = content,
            ContentHash = HashOf(content),
            PreviousHash = head?.Hash ?? Genesis,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>The hash over everything the entry says, its content by its hash and its place by the previous hash.</summary>
    public string ComputeHash() =>
        HashOf(string.Join('\n',
            Sequence.ToString(CultureInfo.InvariantCulture),
            OccurredAtUtc.UtcTicks.ToString(CultureInfo.InvariantCulture),
            ((int)Kind).ToString(CultureInfo.InvariantCulture),
            Source,
            RequestId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ContentHash,
            PreviousHash));

    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
