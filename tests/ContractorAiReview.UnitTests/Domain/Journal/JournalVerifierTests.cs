using ContractorAiReview.Domain.Journal;

namespace ContractorAiReview.UnitTests.Domain.Journal;

public sealed class JournalVerifierTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A chain of entries as the app appends them, one per source.</summary>
    private static List<JournalEntry> Chain(int count)
    {
        var entries = new List<JournalEntry>();
        for (var i = 1; i <= count; i++)
        {
            entries.Add(JournalEntry.Append(entries.LastOrDefault(), Start.AddMinutes(i), JournalKind.Transition, $"RequestTransitions/{i}", 7, $$"""{"Id":{{i}}}"""));
        }

        return entries;
    }

    private static IReadOnlyList<JournalProblem> Verify(IEnumerable<JournalEntry> entries)
    {
        var verifier = new JournalVerifier();
        foreach (var entry in entries)
        {
            verifier.Check(entry);
        }

        return verifier.Problems;
    }

    /// <summary>What an edit of the database row does: one column changes, nothing is recomputed.</summary>
    private static JournalEntry Edited(JournalEntry entry, string property, object value)
    {
        typeof(JournalEntry).GetProperty(property)!.SetValue(entry, value);
        return entry;
    }

    [Fact]
    public void Chain_AsAppended_Intact()
    {
        var chain = Chain(5);
        var verifier = new JournalVerifier();
        chain.ForEach(verifier.Check);

        Assert.Empty(verifier.Problems);
        Assert.Equal((5L, chain[^1].Hash), verifier.Head);
        Assert.Equal(JournalEntry.Genesis, chain[0].PreviousHash);
        Assert.Equal(chain.Select(e => e.Hash).Distinct().Count(), chain.Count);
    }

    [Theory]
    [InlineData(nameof(JournalEntry.Content), """{"Id":99}""", JournalProblemKind.ContentAltered)]
    [InlineData(nameof(JournalEntry.Source), "RequestTransitions/99", JournalProblemKind.EntryAltered)]
    [InlineData(nameof(JournalEntry.Kind), JournalKind.Mail, JournalProblemKind.EntryAltered)]
    [InlineData(nameof(JournalEntry.RequestId), 8, JournalProblemKind.EntryAltered)]
    public void OneColumnEdited_ThatEntryNamed(string property, object value, JournalProblemKind problem)
    {
        var chain = Chain(5);
        Edited(chain[2], property, value);

        Assert.Equal([new JournalProblem(3, chain[2].Kind, chain[2].Source, problem)], Verify(chain));
    }

    [Fact]
    public void TimeEdited_ThatEntryNamed()
    {
        var chain = Chain(5);
        Edited(chain[1], nameof(JournalEntry.OccurredAtUtc), Start.AddDays(-1));

        Assert.Equal([(2L, JournalProblemKind.EntryAltered)], Verify(chain).Select(p => (p.Sequence, p.Problem)));
    }

    [Fact]
    public void EntryRewrittenConsistently_NextEntryNamesTheBreak()
    {
        var chain = Chain(5);
        chain[2] = JournalEntry.Append(chain[1], Start, JournalKind.Transition, chain[2].Source, 7, """{"Id":3,"forged":true}""");

        Assert.Equal([(4L, JournalProblemKind.ChainBroken)], Verify(chain).Select(p => (p.Sequence, p.Problem)));
    }

    [Fact]
    public void EntryRemoved_NextEntryNamesTheGap()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        Assert.Equal([(4L, JournalProblemKind.EntriesMissing), (4L, JournalProblemKind.ChainBroken)], Verify(chain).Select(p => (p.Sequence, p.Problem)));
    }

    [Fact]
    public void LastEntryRemoved_HeadMovesBack()
    {
        // A removed tail leaves a valid shorter chain: only a head written down earlier shows it, which is why the
        // administrator's screen shows the head to keep.
        var chain = Chain(5);
        var verifier = new JournalVerifier();
        chain.Take(4).ToList().ForEach(verifier.Check);

        Assert.Empty(verifier.Problems);
        Assert.NotEqual(chain[^1].Hash, verifier.Head!.Value.Hash);
    }

    [Fact]
    public void EntriesSwapped_BothPlacesNamed()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        var problems = Verify(chain).Select(p => (p.Sequence, p.Problem)).ToList();
        Assert.Contains((3L, JournalProblemKind.ChainBroken), problems);
        Assert.Contains((2L, JournalProblemKind.ChainBroken), problems);
    }

    [Fact]
    public void SourceComparedWhenReadable()
    {
        var chain = Chain(3);
        var verifier = new JournalVerifier();
        verifier.Check(chain[0], chain[0].Content);
        verifier.Check(chain[1], """{"Id":2,"ActorName":"別人"}""");
        verifier.Check(chain[2], sourceContent: null);

        Assert.Equal([(2L, JournalProblemKind.SourceAltered), (3L, JournalProblemKind.SourceMissing)], verifier.Problems.Select(p => (p.Sequence, p.Problem)));
    }
}
