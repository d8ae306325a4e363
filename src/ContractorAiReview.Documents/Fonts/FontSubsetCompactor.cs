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
    public static Result? Compact(byte[] font, IReadOnlyCollection<int> usedGlyphs)
    {
        try
        {
            return CompactCore(font, usedGlyphs);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
        {
            return null;
        }
    }

    private static Result? CompactCore(byte[] font, IReadOnlyCollection<int> usedGlyphs)
    {
        var span = font.AsSpan();
        if (BinaryPrimitives.ReadUInt32BigEndian(span) != 0x00010000)
        {
            return null;
        }

        var tables = ReadTables(span);
        if (KeptTables.Any(t => !tables.ContainsKey(t)))
        {
            return null;
        }

        // The small tables are copied because they are rewritten; the large ones are only read.
        ReadOnlySpan<byte> Table(string tag) => font.AsSpan(tables[tag].Offset, tables[tag].Length);
        var head = Table("head").ToArray();
        var maxp = Table("maxp").ToArray();
        var hhea = Table("hhea").ToArray();
        var hmtx = Table("hmtx");
        var glyf = Table("glyf");
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        var offsets = ReadLoca(Table("loca"), glyphCount, BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1);
        var metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));

        // New glyph 0 stays .notdef; the used glyphs follow in their original order.
        var order = new List<int> { 0 };
        order.AddRange(usedGlyphs.Where(g => g > 0 && g < glyphCount).Distinct().Order());
        var cidToGid = new ushort[order[^1] + 1];
        for (var i = 1; i < order.Count; i++)
        {
            cidToGid[order[i]] = (ushort)i;
        }

        using var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (order.Count + 1)];
        var newHmtx = new byte[4 * order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var old = order[i];
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * i), (uint)newGlyf.Position);
            var length = offsets[old + 1] - offsets[old];
            if (length > 0)
            {
                var glyph = glyf.Slice(offsets[old], length);
                if (BinaryPrimitives.ReadInt16BigEndian(glyph) < 0)
                {
                    return null; // composite glyphs would need their components renumbered too; IPAex has none
                }

                newGlyf.Write(WithoutInstructions(glyph));
                while (newGlyf.Position % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }

            // Advance width and left side bearing; glyphs past numberOfHMetrics share the last advance.
            var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * Math.Min(old, metricCount - 1))..]);
            var bearing = old < metricCount
                ? BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * old + 2)..])
                : BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * metricCount + 2 * (old - metricCount))..]);
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan(4 * i + 2), bearing);
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * order.Count), (uint)newGlyf.Position);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // long loca
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)order.Count);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)order.Count);
        if (maxp.Length >= 28)
        {
            BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(26), 0); // maxSizeOfInstructions
        }

        var kept = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = newGlyf.ToArray(),
            ["head"] = head,
            ["hhea"] = hhea,
            ["hmtx"] = newHmtx,
            ["loca"] = newLoca,
            ["maxp"] = maxp,
        };
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
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
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

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var headerLength = 12 + 16 * count;
        var result = new byte[headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3)];
        var span = result.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(count * 16 - searchRange));

        tables["head"].AsSpan(8, 4).Clear(); // checkSumAdjustment is computed over the whole font below
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
