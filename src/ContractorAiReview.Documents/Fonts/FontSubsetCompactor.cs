using System.Buffers.Binary;

namespace ContractorAiReview.Documents.Fonts;

/// <summary>
/// Shrinks the TrueType subsets PDFsharp embeds. PDFsharp keeps the original glyph ids (CIDToGIDMap Identity), so
/// its subset still carries a loca and hmtx entry for all ~12,000 IPAex glyphs, and every glyph keeps its hinting
/// bytecode. PDF viewers take widths from the font's /W array and rasterise without the hints, so this keeps the
/// glyph ids and outlines as they are and drops only: the metrics of glyphs not in the subset, the per-glyph
/// instructions and the hint tables (fpgm, prep, cvt). The result is still "a part of the Licensed Program"
/// embedded for display (IPA Font License, Article 1.5); outlines are never changed.
/// </summary>
internal static class FontSubsetCompactor
{
    private const ushort ArgsAreWords = 0x0001;
    private const ushort HaveScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HaveXYScale = 0x0040;
    private const ushort HaveTwoByTwo = 0x0080;
    private const ushort HaveInstructions = 0x0100;

    private static readonly HashSet<string> HintTables = ["fpgm", "prep", "cvt "];

    /// <summary>The compacted font, or null when the data is not a TrueType font this understands (then keep the original).</summary>
    public static byte[]? Compact(byte[] font)
    {
        try
        {
            return CompactCore(font);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    private static byte[]? CompactCore(byte[] font)
    {
        var span = font.AsSpan();
        var version = BinaryPrimitives.ReadUInt32BigEndian(span);
        if (version != 0x00010000)
        {
            return null;
        }

        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < tableCount; i++)
        {
            var record = span.Slice(12 + 16 * i, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = span.Slice(offset, length).ToArray();
        }

        if (!tables.TryGetValue("head", out var head) || !tables.TryGetValue("loca", out var loca) ||
            !tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("maxp", out var maxp) ||
            !tables.TryGetValue("hhea", out var hhea) || !tables.TryGetValue("hmtx", out var hmtx))
        {
            return null;
        }

        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var offsets = new int[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
        {
            offsets[g] = longLoca
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * g))
                : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * g)) * 2;
        }

        // glyf without instructions; loca rewritten in the long format.
        using var newGlyf = new MemoryStream(glyf.Length);
        var newLoca = new byte[4 * (glyphCount + 1)];
        for (var g = 0; g < glyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Position);
            var length = offsets[g + 1] - offsets[g];
            if (length > 0)
            {
                var stripped = StripInstructions(glyf.AsSpan(offsets[g], length));
                newGlyf.Write(stripped);
                while (newGlyf.Position % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * glyphCount), (uint)newGlyf.Position);

        // Metrics of glyphs outside the subset are zeroed: they compress to nothing.
        var metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        for (var g = 0; g < glyphCount; g++)
        {
            if (g == 0 || offsets[g + 1] > offsets[g])
            {
                continue;
            }

            var at = g < metricCount ? 4 * g : 4 * metricCount + 2 * (g - metricCount);
            var size = g < metricCount ? 4 : 2;
            if (at + size <= hmtx.Length)
            {
                hmtx.AsSpan(at, size).Clear();
            }
        }

        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        if (maxp.Length >= 28)
        {
            BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(26), 0); // maxSizeOfInstructions
        }

        tables["glyf"] = newGlyf.ToArray();
        tables["loca"] = newLoca;
        foreach (var hint in HintTables)
        {
            tables.Remove(hint);
        }

        return Assemble(tables);
    }

    private static byte[] StripInstructions(ReadOnlySpan<byte> glyph)
    {
        var contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
        if (contours >= 0)
        {
            var instructionLengthAt = 10 + 2 * contours;
            var instructionLength = BinaryPrimitives.ReadUInt16BigEndian(glyph[instructionLengthAt..]);
            var result = new byte[glyph.Length - instructionLength];
            glyph[..instructionLengthAt].CopyTo(result);
            // instructionLength stays 0 in the result (new array)
            glyph[(instructionLengthAt + 2 + instructionLength)..].CopyTo(result.AsSpan(instructionLengthAt + 2));
            return result;
        }

        // Composite glyph: walk the components; instructions, if any, follow the last one.
        var at = 10;
        ushort flags;
        var flagsAt = 0;
        do
        {
            flagsAt = at;
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HaveTwoByTwo) != 0 ? 8 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveScale) != 0 ? 2 : 0;
        }
        while ((flags & MoreComponents) != 0);

        if ((flags & HaveInstructions) == 0)
        {
            return glyph.ToArray();
        }

        var composite = glyph[..at].ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(composite.AsSpan(flagsAt), (ushort)(flags & ~HaveInstructions));
        return composite;
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var headerLength = 12 + 16 * count;
        var total = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var result = new byte[total];
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
