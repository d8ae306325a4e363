using System.Buffers.Binary;

namespace ContractorAiReview.Documents.Fonts;

/// <summary>
/// Rebuilds a font's Unicode BMP character map (cmap format 4) with few segments. PDFsharp looks up the glyph of
/// every character it draws or measures by scanning the segments in order, and IPAex's map has 4,996 of them, one
/// per run of consecutive glyph ids: a kanji costs about 2,300 comparisons, a tenth of a document's time. The
/// rebuilt map gives every character the same glyph, in about 30 segments that list glyph ids in an array and
/// span small gaps (unmapped characters in a gap map to glyph 0, as before). Only the map changes; outlines and
/// metrics, and so every document's look and embedded glyphs, stay the same.
/// </summary>
internal static class CmapIndex
{
    private const int MaxSubtableLength = ushort.MaxValue;

    /// <summary>The font with a compact format 4 map replacing the old one, or the font unchanged if it has none or none fits.</summary>
    public static byte[] WithCompactBmpMap(byte[] font)
    {
        try
        {
            return Rebuild(font) ?? font;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
        {
            return font;
        }
    }

    /// <summary>The glyph of every BMP character (0 where none) by the font's first Windows or Unicode format 4 map; null without one.</summary>
    internal static ushort[]? ReadBmpMap(ReadOnlySpan<byte> font)
    {
        var (cmapOffset, _, _) = FindTable(font, "cmap");
        if (cmapOffset < 0)
        {
            return null;
        }

        var cmap = font[cmapOffset..];
        foreach (var subtable in Format4Subtables(cmap))
        {
            return Decode(cmap[subtable..]);
        }

        return null;
    }

    private static byte[]? Rebuild(byte[] font)
    {
        var (cmapOffset, cmapLength, recordAt) = FindTable(font, "cmap");
        if (cmapOffset < 0)
        {
            return null;
        }

        var cmap = font.AsSpan(cmapOffset, cmapLength);
        var old = Format4Subtables(cmap);
        if (old.Count == 0)
        {
            return null;
        }

        var glyphs = Decode(cmap[old[0]..]);
        byte[]? subtable = null;
        for (var gap = 128; gap >= 1 && subtable is null; gap /= 2)
        {
            subtable = Encode(glyphs, gap);
        }

        if (subtable is null)
        {
            return null;
        }

        // The new map goes after the old cmap table's copy at the end of the file; encoding records that pointed to a
        // format 4 subtable point to it. The old table's bytes stay where they were, unreferenced.
        var newCmapOffset = Padded(font.Length);
        var newCmapLength = Padded(cmapLength) + subtable.Length;
        var result = new byte[newCmapOffset + Padded(newCmapLength)];
        font.CopyTo(result, 0);
        var newCmap = result.AsSpan(newCmapOffset, newCmapLength);
        cmap.CopyTo(newCmap);
        subtable.CopyTo(newCmap[Padded(cmapLength)..]);
        var records = BinaryPrimitives.ReadUInt16BigEndian(newCmap[2..]);
        for (var i = 0; i < records; i++)
        {
            var offsetAt = newCmap[(4 + 8 * i + 4)..];
            if (old.Contains((int)BinaryPrimitives.ReadUInt32BigEndian(offsetAt)))
            {
                BinaryPrimitives.WriteUInt32BigEndian(offsetAt, (uint)Padded(cmapLength));
            }
        }

        var record = result.AsSpan(recordAt, 16);
        BinaryPrimitives.WriteUInt32BigEndian(record[4..], FontSubsetCompactor.Checksum(newCmap));
        BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)newCmapOffset);
        BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)newCmapLength);
        return result;
    }

    /// <summary>A format 4 subtable for <paramref name="glyphs"/>: runs of mapped characters no more than <paramref name="gap"/> apart share a segment.</summary>
    private static byte[]? Encode(ushort[] glyphs, int gap)
    {
        var segments = new List<(int Start, int End)>();
        var start = -1;
        var last = -1;
        for (var c = 0; c < 0xFFFF; c++)
        {
            if (glyphs[c] == 0)
            {
                continue;
            }

            if (start < 0)
            {
                start = c;
            }
            else if (c - last > gap)
            {
                segments.Add((start, last));
                start = c;
            }

            last = c;
        }

        if (start >= 0)
        {
            segments.Add((start, last));
        }

        var segCount = segments.Count + 1; // and the final 0xFFFF segment
        var arrayLength = segments.Sum(s => s.End - s.Start + 1);
        var length = 16 + 8 * segCount + 2 * arrayLength;
        if (length > MaxSubtableLength)
        {
            return null;
        }

        var table = new byte[length];
        var span = table.AsSpan();
        var entrySelector = (int)Math.Floor(Math.Log2(segCount));
        var searchRange = 2 * (1 << entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span, 4);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(2 * segCount));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[12..], (ushort)(2 * segCount - searchRange));
        var ends = span[14..];
        var starts = span[(16 + 2 * segCount)..];
        var deltas = span[(16 + 4 * segCount)..];
        var rangeOffsets = span[(16 + 6 * segCount)..];
        var array = 0; // index into glyphIdArray, which follows idRangeOffset
        for (var i = 0; i < segments.Count; i++)
        {
            var (first, end) = segments[i];
            BinaryPrimitives.WriteUInt16BigEndian(ends[(2 * i)..], (ushort)end);
            BinaryPrimitives.WriteUInt16BigEndian(starts[(2 * i)..], (ushort)first);
            BinaryPrimitives.WriteUInt16BigEndian(rangeOffsets[(2 * i)..], (ushort)(2 * (segCount - i) + 2 * array));
            for (var c = first; c <= end; c++)
            {
                BinaryPrimitives.WriteUInt16BigEndian(rangeOffsets[(2 * segCount + 2 * array++)..], glyphs[c]);
            }
        }

        var final = segCount - 1;
        BinaryPrimitives.WriteUInt16BigEndian(ends[(2 * final)..], 0xFFFF);
        BinaryPrimitives.WriteUInt16BigEndian(starts[(2 * final)..], 0xFFFF);
        BinaryPrimitives.WriteInt16BigEndian(deltas[(2 * final)..], 1);
        return table;
    }

    /// <summary>Every BMP character's glyph by a format 4 subtable, as the OpenType specification defines the lookup.</summary>
    private static ushort[] Decode(ReadOnlySpan<byte> subtable)
    {
        var glyphs = new ushort[0x10000];
        var segCount = BinaryPrimitives.ReadUInt16BigEndian(subtable[6..]) / 2;
        for (var i = 0; i < segCount; i++)
        {
            var end = BinaryPrimitives.ReadUInt16BigEndian(subtable[(14 + 2 * i)..]);
            var start = BinaryPrimitives.ReadUInt16BigEndian(subtable[(16 + 2 * segCount + 2 * i)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(subtable[(16 + 4 * segCount + 2 * i)..]);
            var rangeOffsetAt = 16 + 6 * segCount + 2 * i;
            var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(subtable[rangeOffsetAt..]);
            for (int c = start; c <= end && c < 0xFFFF; c++)
            {
                if (rangeOffset == 0)
                {
                    glyphs[c] = (ushort)(c + delta);
                }
                else
                {
                    var glyph = BinaryPrimitives.ReadUInt16BigEndian(subtable[(rangeOffsetAt + rangeOffset + 2 * (c - start))..]);
                    glyphs[c] = glyph == 0 ? (ushort)0 : (ushort)(glyph + delta);
                }
            }
        }

        return glyphs;
    }

    /// <summary>Offsets (within cmap) of the format 4 subtables of Windows Unicode BMP (3,1) and Unicode (0,x) records, (3,1)'s first.</summary>
    private static List<int> Format4Subtables(ReadOnlySpan<byte> cmap)
    {
        var found = new List<int>();
        var records = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < records; i++)
            {
                var platform = BinaryPrimitives.ReadUInt16BigEndian(cmap[(4 + 8 * i)..]);
                var encoding = BinaryPrimitives.ReadUInt16BigEndian(cmap[(6 + 8 * i)..]);
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(8 + 8 * i)..]);
                var wanted = pass == 0 ? platform == 3 && encoding == 1 : platform == 0;
                if (wanted && BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]) == 4 && !found.Contains(offset))
                {
                    found.Add(offset);
                }
            }
        }

        return found;
    }

    private static (int Offset, int Length, int RecordAt) FindTable(ReadOnlySpan<byte> font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            if (record[..4].SequenceEqual(System.Text.Encoding.ASCII.GetBytes(tag)))
            {
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]), 12 + 16 * i);
            }
        }

        return (-1, 0, 0);
    }

    private static int Padded(int length) => (length + 3) & ~3;
}
