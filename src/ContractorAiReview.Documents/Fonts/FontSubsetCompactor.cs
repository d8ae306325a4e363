using System.Buffers.Binary;

namespace ContractorAiReview.Documents.Fonts;

/// <summary>
/// Shrinks the TrueType subsets PDFsharp embeds. PDFsharp keeps the original glyph ids (CIDToGIDMap Identity), so
/// its subset still carries loca and hmtx entries for all ~12,000 IPAex glyphs, and every glyph keeps its hinting
/// bytecode. This keeps only the glyphs the document uses, renumbered 1..n (the PDF's CIDToGIDMap maps the
/// original ids to them), and drops the per-glyph instructions and the hint tables (fpgm, prep, cvt): PDF viewers
/// take widths from /W and rasterise without hints. Outlines are copied unchanged, so the result is still
/// "a part of the Licensed Program" embedded for display (IPA Font License, Article 1.5).
/// </summary>
internal static class FontSubsetCompactor
{
    private const ushort HaveInstructions = 0x0100;
    private const ushort ArgsAreWords = 0x0001;
    private const ushort HaveScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HaveXYScale = 0x0040;
    private const ushort HaveTwoByTwo = 0x0080;

    private static readonly string[] KeptTables = ["glyf", "head", "hhea", "hmtx", "loca", "maxp"];

    /// <summary>The compacted font and, for each original glyph id (= CID) up to the highest used, its new glyph id.</summary>
    public sealed record Result(byte[] Font, ushort[] CidToGid);

    /// <summary>
    /// Compacts <paramref name="font"/> to the glyphs <paramref name="usedGlyphs"/> (original ids), or returns null when
    /// the data is not a TrueType font this understands or uses composite glyphs (then the original is kept).
    /// </summary>
    public static Result? Compact(byte[] font, IReadOnlyCollection<int> usedGlyphs) =>
        Source.TryParse(font) is { } source ? Compact(source, usedGlyphs) : null;

    /// <summary>As <see cref="Compact(byte[], IReadOnlyCollection{int})"/>, from a font parsed once and kept (see <see cref="Source"/>).</summary>
    public static Result? Compact(Source source, IReadOnlyCollection<int> usedGlyphs)
    {
        try
        {
            return CompactCore(source, usedGlyphs);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// A TrueType font parsed once: its table directory, glyph offsets and, filled in as documents use them, each glyph
    /// without its instructions. Immutable apart from that cache, whose entries are written once and never change, so
    /// one instance serves every document on every thread.
    /// </summary>
    internal sealed class Source
    {
        private readonly byte[] _font;
        private readonly byte[]?[] _glyphs;

        private Source(byte[] font, Dictionary<string, (int Offset, int Length)> tables)
        {
            _font = font;
            Tables = tables;
            Head = Table("head").ToArray();
            Maxp = Table("maxp").ToArray();
            Hhea = Table("hhea").ToArray();
            GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Maxp.AsSpan(4));
            MetricCount = BinaryPrimitives.ReadUInt16BigEndian(Hhea.AsSpan(34));
            Offsets = ReadLoca(Table("loca"), GlyphCount, BinaryPrimitives.ReadInt16BigEndian(Head.AsSpan(50)) == 1);
            _glyphs = new byte[GlyphCount][];
        }

        public Dictionary<string, (int Offset, int Length)> Tables { get; }

        /// <summary>Templates of the small tables the subset rewrites; copied before every change.</summary>
        public byte[] Head { get; }

        public byte[] Maxp { get; }

        public byte[] Hhea { get; }

        public int GlyphCount { get; }

        public int MetricCount { get; }

        public int[] Offsets { get; }

        public static Source? TryParse(byte[] font)
        {
            try
            {
                if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) != 0x00010000)
                {
                    return null;
                }

                var tables = ReadTables(font);
                return KeptTables.All(tables.ContainsKey) ? new Source(font, tables) : null;
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
            {
                return null;
            }
        }

        /// <summary>The whole font, glyph ids unchanged: what is embedded if compacting ever fails.</summary>
        public Result Whole(IReadOnlyCollection<int> usedGlyphs)
        {
            var map = new ushort[Math.Min(usedGlyphs.DefaultIfEmpty(0).Max(), GlyphCount - 1) + 1];
            for (var g = 0; g < map.Length; g++)
            {
                map[g] = (ushort)g;
            }

            return new Result(_font, map);
        }

        public ReadOnlySpan<byte> Table(string tag) => _font.AsSpan(Tables[tag].Offset, Tables[tag].Length);

        /// <summary>The glyph's outline without instructions, or null for an empty or composite glyph.</summary>
        public byte[]? StrippedGlyph(int glyph, out bool composite)
        {
            var length = Offsets[glyph + 1] - Offsets[glyph];
            var original = Table("glyf").Slice(Offsets[glyph], length);
            composite = length > 0 && BinaryPrimitives.ReadInt16BigEndian(original) < 0;
            if (length == 0 || composite)
            {
                return null;
            }

            // A benign race: two threads may strip the same glyph; both results are equal.
            if (Volatile.Read(ref _glyphs[glyph]) is { } stripped)
            {
                return stripped;
            }

            stripped = WithoutInstructions(original);
            Volatile.Write(ref _glyphs[glyph], stripped);
            return stripped;
        }
    }

    private static Result? CompactCore(Source source, IReadOnlyCollection<int> usedGlyphs)
    {
        var head = source.Head.ToArray();
        var maxp = source.Maxp.ToArray();
        var hhea = source.Hhea.ToArray();
        var hmtx = source.Table("hmtx");
        var glyphCount = source.GlyphCount;
        var metricCount = source.MetricCount;

        // New glyph 0 stays .notdef; the used glyphs follow in their original order.
        var order = new List<int>(usedGlyphs.Count + 1) { 0 };
        order.AddRange(usedGlyphs.Where(g => g > 0 && g < glyphCount).Distinct().Order());
        var cidToGid = new ushort[order[^1] + 1];
        var glyphs = new byte[]?[order.Count];
        var glyfLength = 0;
        for (var i = 0; i < order.Count; i++)
        {
            cidToGid[order[i]] = (ushort)i;
            glyphs[i] = source.StrippedGlyph(order[i], out var composite);
            if (composite)
            {
                return null; // composite glyphs would need their components renumbered too; IPAex has none
            }

            glyfLength += (glyphs[i]?.Length + 3 ?? 0) & ~3;
        }

        var newGlyf = new byte[glyfLength];
        var newLoca = new byte[4 * (order.Count + 1)];
        var newHmtx = new byte[4 * order.Count];
        var position = 0;
        for (var i = 0; i < order.Count; i++)
        {
            var old = order[i];
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * i), (uint)position);
            if (glyphs[i] is { } glyph)
            {
                glyph.CopyTo(newGlyf, position);
                position += (glyph.Length + 3) & ~3; // zero padding to a 4-byte boundary
            }

            // Advance width and left side bearing; glyphs past numberOfHMetrics share the last advance.
            var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * Math.Min(old, metricCount - 1))..]);
            var bearing = old < metricCount
                ? BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * old + 2)..])
                : BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * metricCount + 2 * (old - metricCount))..]);
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan(4 * i + 2), bearing);
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * order.Count), (uint)position);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // long loca
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)order.Count);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)order.Count);
        if (maxp.Length >= 28)
        {
            BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(26), 0); // maxSizeOfInstructions
        }

        // In tag order, as the table directory lists them.
        (string Tag, byte[] Data)[] kept =
        [
            ("glyf", newGlyf),
            ("head", head),
            ("hhea", hhea),
            ("hmtx", newHmtx),
            ("loca", newLoca),
            ("maxp", maxp),
        ];
        return new Result(Assemble(kept), cidToGid);
    }

    private static Dictionary<string, (int Offset, int Length)> ReadTables(ReadOnlySpan<byte> font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new Dictionary<string, (int, int)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset < 0 || length < 0 || offset + length > font.Length)
            {
                throw new ArgumentException($"The table {tag} lies outside the font.");
            }

            tables[tag] = (offset, length);
        }

        return tables;
    }

    private static int[] ReadLoca(ReadOnlySpan<byte> loca, int glyphCount, bool longFormat)
    {
        var offsets = new int[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
        {
            offsets[g] = longFormat
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * g)..])
                : BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * g)..]) * 2;
        }

        return offsets;
    }

    /// <summary>A simple glyph with its instruction bytes removed (instructionLength set to 0).</summary>
    internal static byte[] WithoutInstructions(ReadOnlySpan<byte> glyph)
    {
        var contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
        if (contours < 0)
        {
            return WithoutCompositeInstructions(glyph);
        }

        var lengthAt = 10 + 2 * contours;
        var instructionLength = BinaryPrimitives.ReadUInt16BigEndian(glyph[lengthAt..]);
        var result = new byte[glyph.Length - instructionLength];
        glyph[..lengthAt].CopyTo(result);
        glyph[(lengthAt + 2 + instructionLength)..].CopyTo(result.AsSpan(lengthAt + 2));
        return result;
    }

    private static byte[] WithoutCompositeInstructions(ReadOnlySpan<byte> glyph)
    {
        var at = 10;
        int flagsAt;
        ushort flags;
        do
        {
            flagsAt = at;
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HaveTwoByTwo) != 0 ? 8 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveScale) != 0 ? 2 : 0;
        }
        while ((flags & MoreComponents) != 0);

        var result = glyph[..at].ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(flagsAt), (ushort)(flags & ~HaveInstructions));
        return result;
    }

    private static byte[] Assemble((string Tag, byte[] Data)[] tables)
    {
        var count = tables.Length;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var headerLength = 12 + 16 * count;
        var result = new byte[headerLength + tables.Sum(t => (t.Data.Length + 3) & ~3)];
        var span = result.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(count * 16 - searchRange));

        Array.Find(tables, t => t.Tag == "head").Data.AsSpan(8, 4).Clear(); // checkSumAdjustment is computed over the whole font below
        var offset = headerLength;
        var index = 0;
        var headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            var record = span.Slice(12 + 16 * index++, 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            if (tag == "head")
            {
                headOffset = offset;
            }

            offset += (data.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(result)));
        return result;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[i..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }
}
