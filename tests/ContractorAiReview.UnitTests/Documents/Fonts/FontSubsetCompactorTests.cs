using System.Buffers.Binary;
using ContractorAiReview.Documents.Fonts;

namespace ContractorAiReview.UnitTests.Documents.Fonts;

public class FontSubsetCompactorTests
{
    private static readonly Lazy<byte[]> Mincho = new(() =>
        File.ReadAllBytes(Path.Combine(DocumentSamples.RepositoryRoot(), "third-party", "fonts", "ipaexm.ttf")));

    [Fact]
    public void Compact_UsedGlyphs_KeepsOnlyThemRenumberedWithTheirOutlinesAndMetrics()
    {
        int[] used = [5000, 100, 2000];
        var original = Font.Parse(Mincho.Value);

        var result = FontSubsetCompactor.Compact(Mincho.Value, used);

        Assert.NotNull(result);
        var compacted = Font.Parse(result.Font);
        Assert.Equal(4, compacted.GlyphCount); // .notdef + the three used glyphs
        Assert.Equal(["glyf", "head", "hhea", "hmtx", "loca", "maxp"], compacted.Tables.Keys.Order());
        Assert.Equal(5001, result.CidToGid.Length);
        Assert.Equal([1, 2, 3], new[] { result.CidToGid[100], result.CidToGid[2000], result.CidToGid[5000] }.Select(g => (int)g));
        Assert.Equal(0, result.CidToGid[101]);
        foreach (var old in used)
        {
            int gid = result.CidToGid[old];
            var expected = FontSubsetCompactor.WithoutInstructions(original.Glyph(old));
            var actual = compacted.Glyph(gid).ToArray();
            Assert.Equal(expected, actual[..expected.Length]);
            Assert.InRange(actual.Length - expected.Length, 0, 3); // 4-byte alignment padding
            Assert.All(actual[expected.Length..], b => Assert.Equal(0, b));
            Assert.Equal(original.Metrics(old), compacted.Metrics(gid));
        }
    }

    [Fact]
    public void WithoutInstructions_HintedGlyph_DropsOnlyTheInstructionBytes()
    {
        var original = Font.Parse(Mincho.Value);
        var glyph = original.Glyph(2000);
        var contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
        var instructionLength = BinaryPrimitives.ReadUInt16BigEndian(glyph[(10 + 2 * contours)..]);
        Assert.True(instructionLength > 0, "The test glyph should be hinted.");

        var stripped = FontSubsetCompactor.WithoutInstructions(glyph);

        Assert.Equal(glyph.Length - instructionLength, stripped.Length);
        Assert.Equal(0, BinaryPrimitives.ReadUInt16BigEndian(stripped.AsSpan(10 + 2 * contours)));
        Assert.Equal(glyph[..(10 + 2 * contours)].ToArray(), stripped[..(10 + 2 * contours)]);
        Assert.Equal(glyph[(12 + 2 * contours + instructionLength)..].ToArray(), stripped[(12 + 2 * contours)..]);
    }

    [Fact]
    public void Compact_NotATrueTypeFont_ReturnsNull()
    {
        Assert.Null(FontSubsetCompactor.Compact("OTTO and more bytes than a header"u8.ToArray(), [1]));
    }

    /// <summary>Just enough of a TrueType reader to compare glyphs and metrics.</summary>
    private sealed class Font
    {
        private readonly byte[] _data;
        private readonly int[] _loca;
        private readonly int _metricCount;

        private Font(byte[] data, Dictionary<string, (int Offset, int Length)> tables)
        {
            _data = data;
            Tables = tables;
            GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
            _metricCount = BinaryPrimitives.ReadUInt16BigEndian(Table("hhea")[34..]);
            var longLoca = BinaryPrimitives.ReadInt16BigEndian(Table("head")[50..]) == 1;
            var loca = Table("loca");
            _loca = new int[GlyphCount + 1];
            for (var g = 0; g <= GlyphCount; g++)
            {
                _loca[g] = longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * g)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * g)..]) * 2;
            }
        }

        public Dictionary<string, (int Offset, int Length)> Tables { get; }

        public int GlyphCount { get; }

        public static Font Parse(byte[] data)
        {
            var tables = new Dictionary<string, (int, int)>();
            for (var i = 0; i < BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4)); i++)
            {
                var record = data.AsSpan(12 + 16 * i, 16);
                tables[System.Text.Encoding.ASCII.GetString(record[..4])] =
                    ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            }

            return new Font(data, tables);
        }

        public ReadOnlySpan<byte> Glyph(int gid) => Table("glyf").Slice(_loca[gid], _loca[gid + 1] - _loca[gid]);

        public (int Advance, int Bearing) Metrics(int gid)
        {
            var hmtx = Table("hmtx");
            var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * Math.Min(gid, _metricCount - 1))..]);
            var bearing = gid < _metricCount
                ? BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * gid + 2)..])
                : BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * _metricCount + 2 * (gid - _metricCount))..]);
            return (advance, bearing);
        }

        private ReadOnlySpan<byte> Table(string tag) => _data.AsSpan(Tables[tag].Offset, Tables[tag].Length);
    }
}
