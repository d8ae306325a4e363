using System.Buffers.Binary;
using ContractorAiReview.Documents.Fonts;

namespace ContractorAiReview.UnitTests.Documents.Fonts;

public class CmapIndexTests
{
    [Theory]
    [InlineData("ipaexm.ttf")]
    [InlineData("ipaexg.ttf")]
    public void WithCompactBmpMap_IpaexFace_SameGlyphForEveryBmpCharacterInFewSegments(string file)
    {
        var original = File.ReadAllBytes(Path.Combine(DocumentSamples.RepositoryRoot(), "third-party", "fonts", file));

        var rebuilt = CmapIndex.WithCompactBmpMap(original);

        var before = WindowsBmpMap(original);
        var after = WindowsBmpMap(rebuilt);
        Assert.True(after.SegmentCount < 100, $"{after.SegmentCount} segments.");
        Assert.True(before.SegmentCount > 1000, $"{before.SegmentCount} segments before.");
        var differing = Enumerable.Range(0, 0xFFFF).Where(c => before.Glyph((char)c) != after.Glyph((char)c)).Take(5).ToList();
        Assert.True(differing.Count == 0, $"Characters mapped differently: {string.Join(", ", differing.Select(c => $"U+{c:X4}"))}.");

        // Everything but the character map is where it was: outlines, metrics and the other tables.
        Assert.Equal(original, rebuilt[..original.Length].Select((b, i) => IsCmapRecord(original, i) ? original[i] : b));
    }

    [Fact]
    public void WithCompactBmpMap_NotAFont_ReturnsItUnchanged()
    {
        var data = new byte[64];

        Assert.Same(data, CmapIndex.WithCompactBmpMap(data));
    }

    private static bool IsCmapRecord(byte[] font, int index)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            if (font.AsSpan(12 + 16 * i, 4).SequenceEqual("cmap"u8))
            {
                return index >= 12 + 16 * i && index < 28 + 16 * i;
            }
        }

        return false;
    }

    /// <summary>The (3,1) format 4 map read the way PDFsharp reads it: segments scanned in order.</summary>
    private static Format4 WindowsBmpMap(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            if (!record[..4].SequenceEqual("cmap"u8))
            {
                continue;
            }

            var cmap = font.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]));
            for (var r = 0; r < BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]); r++)
            {
                if (BinaryPrimitives.ReadUInt16BigEndian(cmap[(4 + 8 * r)..]) == 3 && BinaryPrimitives.ReadUInt16BigEndian(cmap[(6 + 8 * r)..]) == 1)
                {
                    return new Format4(cmap[(int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(8 + 8 * r)..])..].ToArray());
                }
            }
        }

        throw new InvalidOperationException("No (3,1) map.");
    }

    private sealed class Format4(byte[] table)
    {
        public int SegmentCount { get; } = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(6)) / 2;

        private ushort U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(at));

        public ushort Glyph(char c)
        {
            var n = SegmentCount;
            var seg = 0;
            while (seg < n && c > U16(14 + 2 * seg))
            {
                seg++;
            }

            var start = U16(16 + 2 * n + 2 * seg);
            if (seg == n || c < start)
            {
                return 0;
            }

            var delta = (short)U16(16 + 4 * n + 2 * seg);
            var rangeOffsetAt = 16 + 6 * n + 2 * seg;
            var rangeOffset = U16(rangeOffsetAt);
            if (rangeOffset == 0)
            {
                return (ushort)(c + delta);
            }

            var glyph = U16(rangeOffsetAt + rangeOffset + 2 * (c - start));
            return glyph == 0 ? (ushort)0 : (ushort)(glyph + delta);
        }
    }
}
