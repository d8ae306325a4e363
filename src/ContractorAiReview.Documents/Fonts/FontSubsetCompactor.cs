using System.Buffers.Binary;

namespace ContractorAiReview.Documents.Fonts;

/// <summary>
/// The font programs the documents embed. PDFsharp's own subset keeps the original glyph ids (CIDToGIDMap Identity),
/// so it still carries loca and hmtx entries for all ~12,000 IPAex glyphs, and every glyph keeps its hinting
/// bytecode. This keeps only the glyphs the document uses, renumbered 1..n (the PDF's CIDToGIDMap maps the
/// original ids to them), and drops the per-glyph instructions and the hint tables (fpgm, prep, cvt): PDF viewers
/// take widths from /W and rasterise without hints. It works from the whole face, parsed once per process
/// (<see cref="Source"/>), so PDFsharp need not build a subset at all (see <see cref="PdfSharpFontPrograms"/>). Outlines are copied unchanged, so the result is still
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
        if (Plan(source, usedGlyphs) is not { } subset)
        {
            return null;
        }

        var font = new MemoryStream(subset.Length);
        subset.WriteTo(font);
        return new Result(font.ToArray(), subset.CidToGid);
    }

    /// <summary>
    /// What <see cref="Compact(Source, IReadOnlyCollection{int})"/> would write, not yet written: the renderer writes it
    /// into a buffer it reuses. Null when the font has composite glyphs or the data is not understood.
    /// </summary>
    public static Subset? Plan(Source source, IReadOnlyCollection<int> usedGlyphs)
    {
        try
        {
            return PlanCore(source, usedGlyphs);
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
                var source = KeptTables.All(tables.ContainsKey) ? new Source(font, tables) : null;
                return source?.IsSimple() == true ? source : null;
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
            {
                return null;
            }
        }

        public ReadOnlySpan<byte> Table(string tag) => _font.AsSpan(Tables[tag].Offset, Tables[tag].Length);

        /// <summary>Whether every glyph lies inside glyf and none is composite: then every subset can be compacted.</summary>
        private bool IsSimple()
        {
            var glyf = Table("glyf");
            for (var g = 0; g < GlyphCount; g++)
            {
                var length = Offsets[g + 1] - Offsets[g];
                if (length < 0 || Offsets[g + 1] > glyf.Length || (length > 0 && BinaryPrimitives.ReadInt16BigEndian(glyf[Offsets[g]..]) < 0))
                {
                    return false;
                }
            }

            return true;
        }

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

    private static Subset? PlanCore(Source source, IReadOnlyCollection<int> usedGlyphs)
    {
        // New glyph 0 stays .notdef; the used glyphs follow in their original order.
        var order = new int[usedGlyphs.Count + 1];
        var count = 1;
        foreach (var glyph in usedGlyphs)
        {
            if (glyph > 0 && glyph < source.GlyphCount)
            {
                order[count++] = glyph;
            }
        }

        Array.Sort(order, 1, count - 1);
        var distinct = 1;
        for (var i = 1; i < count; i++)
        {
            if (order[i] != order[distinct - 1])
            {
                order[distinct++] = order[i];
            }
        }

        order = order[..distinct];
        var cidToGid = new ushort[order[^1] + 1];
        var glyphs = new byte[]?[order.Length];
        var glyfLength = 0;
        for (var i = 0; i < order.Length; i++)
        {
            cidToGid[order[i]] = (ushort)i;
            glyphs[i] = source.StrippedGlyph(order[i], out var composite);
            if (composite)
            {
                return null; // composite glyphs would need their components renumbered too; IPAex has none
            }

            glyfLength += (glyphs[i]?.Length + 3 ?? 0) & ~3;
        }

        return new Subset(source, order, glyphs, glyfLength, cidToGid);
    }

    /// <summary>A planned subset: the glyphs kept, in their new order, and how to write the font program.</summary>
    internal sealed class Subset
    {
        // In tag order, as the table directory lists them.
        private const int TableCount = 6;
        private const int HeaderLength = 12 + 16 * TableCount;

        private readonly Source _source;
        private readonly int[] _order;
        private readonly byte[]?[] _glyphs;
        private readonly int _glyfLength;

        public Subset(Source source, int[] order, byte[]?[] glyphs, int glyfLength, ushort[] cidToGid)
        {
            _source = source;
            _order = order;
            _glyphs = glyphs;
            _glyfLength = glyfLength;
            CidToGid = cidToGid;
            Length = HeaderLength + glyfLength + Padded(source.Head.Length) + Padded(source.Hhea.Length) + 4 * order.Length +
                     4 * (order.Length + 1) + Padded(source.Maxp.Length);
        }

        /// <summary>For each original glyph id (= CID) up to the highest used, its new glyph id.</summary>
        public ushort[] CidToGid { get; }

        /// <summary>The font program's length in bytes.</summary>
        public int Length { get; }

        /// <summary>Appends the font program (glyf, head, hhea, hmtx, loca, maxp) to <paramref name="output"/>.</summary>
        public void WriteTo(MemoryStream output)
        {
            var start = (int)output.Length;
            output.SetLength(start + Length);
            var font = output.GetBuffer().AsSpan(start, Length);
            font.Clear();
            var count = _order.Length;
            var hmtx = _source.Table("hmtx");
            var metricCount = _source.MetricCount;

            var at = HeaderLength;
            var glyf = font.Slice(at, _glyfLength);
            var head = font.Slice(at += _glyfLength, _source.Head.Length);
            var hhea = font.Slice(at += Padded(head.Length), _source.Hhea.Length);
            var newHmtx = font.Slice(at += Padded(hhea.Length), 4 * count);
            var loca = font.Slice(at += newHmtx.Length, 4 * (count + 1));
            var maxp = font.Slice(at + loca.Length, _source.Maxp.Length);

            var position = 0;
            for (var i = 0; i < count; i++)
            {
                var old = _order[i];
                BinaryPrimitives.WriteUInt32BigEndian(loca[(4 * i)..], (uint)position);
                if (_glyphs[i] is { } glyph)
                {
                    glyph.CopyTo(glyf[position..]);
                    position += Padded(glyph.Length); // zero padding to a 4-byte boundary
                }

                // Advance width and left side bearing; glyphs past numberOfHMetrics share the last advance.
                var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * Math.Min(old, metricCount - 1))..]);
                var bearing = old < metricCount
                    ? BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * old + 2)..])
                    : BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * metricCount + 2 * (old - metricCount))..]);
                BinaryPrimitives.WriteUInt16BigEndian(newHmtx[(4 * i)..], advance);
                BinaryPrimitives.WriteInt16BigEndian(newHmtx[(4 * i + 2)..], bearing);
            }

            BinaryPrimitives.WriteUInt32BigEndian(loca[(4 * count)..], (uint)position);
            _source.Head.CopyTo(head);
            _source.Hhea.CopyTo(hhea);
            _source.Maxp.CopyTo(maxp);
            BinaryPrimitives.WriteInt16BigEndian(head[50..], 1); // long loca
            BinaryPrimitives.WriteUInt16BigEndian(hhea[34..], (ushort)count);
            BinaryPrimitives.WriteUInt16BigEndian(maxp[4..], (ushort)count);
            if (maxp.Length >= 28)
            {
                BinaryPrimitives.WriteUInt16BigEndian(maxp[26..], 0); // maxSizeOfInstructions
            }

            head.Slice(8, 4).Clear(); // checkSumAdjustment is computed over the whole font below
            const int entrySelector = 2; // floor(log2(6))
            const int searchRange = (1 << entrySelector) * 16;
            BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
            BinaryPrimitives.WriteUInt16BigEndian(font[4..], TableCount);
            BinaryPrimitives.WriteUInt16BigEndian(font[6..], searchRange);
            BinaryPrimitives.WriteUInt16BigEndian(font[8..], entrySelector);
            BinaryPrimitives.WriteUInt16BigEndian(font[10..], TableCount * 16 - searchRange);
            at = HeaderLength;
            var index = 0;
            foreach (var (tag, length) in (ReadOnlySpan<(string, int)>)
                     [("glyf", glyf.Length), ("head", head.Length), ("hhea", hhea.Length), ("hmtx", newHmtx.Length), ("loca", loca.Length), ("maxp", maxp.Length)])
            {
                var record = font.Slice(12 + 16 * index++, 16);
                System.Text.Encoding.ASCII.GetBytes(tag, record);
                BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(font.Slice(at, length)));
                BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
                BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
                at += Padded(length);
            }

            BinaryPrimitives.WriteUInt32BigEndian(head[8..], unchecked(0xB1B0AFBA - Checksum(font)));
        }

        private static int Padded(int length) => (length + 3) & ~3;
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

    /// <summary>The TrueType table checksum: the sum of big-endian 32-bit words, the last one zero-padded.</summary>
    internal static uint Checksum(ReadOnlySpan<byte> data)
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
