namespace ContractorAiReview.Domain.Journal;

public enum JournalProblemKind
{
    /// <summary>The content no longer matches its hash.</summary>
    ContentAltered = 1,

    /// <summary>The entry's own hash does not match what it says (time, kind, source, request or links changed).</summary>
    EntryAltered = 2,

    /// <summary>The entry does not point to the hash of the entry before it: that one, or the link, was changed.</summary>
    ChainBroken = 3,

    /// <summary>Entries before this one are missing (sequence numbers skipped).</summary>
    EntriesMissing = 4,

    /// <summary>The row the entry records now says something else than when it was journaled.</summary>
    SourceAltered = 5,

    /// <summary>The row the entry records was removed.</summary>
    SourceMissing = 6,
}

/// <summary>One thing wrong with one entry, named by its sequence number and source.</summary>
public sealed record JournalProblem(long Sequence, JournalKind Kind, string Source, JournalProblemKind Problem);

/// <summary>
/// Walks the journal in sequence order, one entry at a time (so a million entries need no more memory than one),
/// and names every entry that is not as it was written.
/// </summary>
public sealed class JournalVerifier
{
    private readonly List<JournalProblem> _problems = [];
    private long _lastSequence;
    private string _lastHash = JournalEntry.Genesis;

    public long Checked { get; private set; }

    public IReadOnlyList<JournalProblem> Problems => _problems;

    /// <summary>The last entry checked: the head of the chain, worth writing down to prove later that nothing before it changed.</summary>
    public (long Sequence, string Hash)? Head => Checked == 0 ? null : (_lastSequence, _lastHash);

    /// <summary>Checks the next entry, for a record whose row changes by design (a notification once read).</summary>
    public void Check(JournalEntry entry) => Check(entry, sourceChecked: false, sourceContent: null);

    /// <summary>Checks the next entry and compares it with what its row says today (null: the row is gone).</summary>
    public void Check(JournalEntry entry, string? sourceContent) => Check(entry, sourceChecked: true, sourceContent);

    private void Check(JournalEntry entry, bool sourceChecked, string? sourceContent)
    {
        Checked++;
        if (entry.Sequence != _lastSequence + 1)
        {
            Add(entry, JournalProblemKind.EntriesMissing);
        }

        if (JournalEntry.HashOf(entry.Content) != entry.ContentHash)
        {
            Add(entry, JournalProblemKind.ContentAltered);
        }

        if (entry.ComputeHash() != entry.Hash)
        {
            Add(entry, JournalProblemKind.EntryAltered);
        }

        if (entry.PreviousHash != _lastHash)
        {
            Add(entry, JournalProblemKind.ChainBroken);
        }

        if (sourceChecked && sourceContent is null)
        {
            Add(entry, JournalProblemKind.SourceMissing);
        }
        else if (sourceChecked && sourceContent != entry.Content)
        {
            Add(entry, JournalProblemKind.SourceAltered);
        }

        _lastSequence = entry.Sequence;
        _lastHash = entry.Hash;
    }

    private void Add(JournalEntry entry, JournalProblemKind problem) =>
        _problems.Add(new JournalProblem(entry.Sequence, entry.Kind, entry.Source, problem));
}
