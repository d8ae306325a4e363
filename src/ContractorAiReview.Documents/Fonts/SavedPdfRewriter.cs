using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ContractorAiReview.Documents.Fonts;

/// <summary>
/// The second pass over a saved document, kept next to the font code it drives: compacted font programs, /W trimmed
/// and every stream but the XMP metadata deflated once. The composer lays out pages; this makes the file small.
/// </summary>
/// <remarks>
/// PDFsharp computes font subsets only while saving, so its (uncompressed) output is rewritten here. This works on the
/// bytes PDFsharp writes rather than reading the file back into an object model: each indirect object is found through
/// the cross-reference table and copied, except the few it changes. That is several times faster and allocates a
/// fraction of a full read and a second save. Anything not in the shape PDFsharp writes leaves the file as saved
/// (uncompressed, but valid).
/// </remarks>
internal static class SavedPdfRewriter
{
    private const int DefaultWidth = 1000; // /DW's default: every full-width glyph
    private const int CompressionLevel = 6; // zlib level: 9 saves 0.6 % of a notice for three times the time (1.3 ms → 3.8 ms)

    private static ReadOnlySpan<byte> StreamStart => ">>\nstream\n"u8;
    private static ReadOnlySpan<byte> StreamEnd => "\nendstream\nendobj\n"u8;

    /// <summary>A saved (uncompressed) PDF in; the compact PDF out.</summary>
    public static byte[] Rewrite(ReadOnlySpan<byte> saved)
    {
        try
        {
            return RewriteCore(saved) ?? saved.ToArray();
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return saved.ToArray();
        }
    }

    private static byte[]? RewriteCore(ReadOnlySpan<byte> pdf)
    {
        if (!TryReadObjects(pdf, out var objects, out var trailer, out var headerLength))
        {
            return null;
        }

        // First the fonts: which font program belongs to which CIDFont, and the glyphs each uses.
        var fontFiles = new Dictionary<int, CompactedFont>();
        var cidFonts = new Dictionary<int, CompactedFont>();
        var descriptors = new Dictionary<int, CompactedFont>();
        var nextNumber = objects.Length;
        foreach (var obj in objects)
        {
            if (!obj.IsStream && obj.Number > 0 && Contains(pdf, obj.Dictionary, "/Subtype/CIDFontType2"u8) &&
                CompactedFont.Create(pdf, obj, objects, ref nextNumber) is { } font)
            {
                cidFonts[obj.Number] = font;
                if (font.EmbeddedByRewriter)
                {
                    descriptors[font.DescriptorNumber] = font;
                }
                else
                {
                    fontFiles[font.FontFileNumber] = font;
                }
            }
        }

        // A descriptor PDFsharp wrote without a program (see PdfSharpFontPrograms) must get one here: an official
        // document never goes out with a font the reader's machine may not have.
        foreach (var obj in objects)
        {
            if (!obj.IsStream && obj.Number > 0 && Contains(pdf, obj.Dictionary, "/Type/FontDescriptor"u8) &&
                !Contains(pdf, obj.Dictionary, "/FontFile"u8) && !descriptors.ContainsKey(obj.Number))
            {
                throw new InvalidOperationException($"The font of descriptor {obj.Number} 0 obj would not be embedded.");
            }
        }

        var output = ReusableBuffers.Get(ReusableBuffers.Output);
        output.Write(pdf[..headerLength]);
        var offsets = new long[nextNumber];
        foreach (var obj in objects)
        {
            if (obj.Number == 0)
            {
                continue;
            }

            offsets[obj.Number] = output.Position;
            if (cidFonts.TryGetValue(obj.Number, out var cidFont))
            {
                WriteText(output, $"{obj.Number} 0 obj\n{cidFont.RewriteCidFont(pdf, obj)}\nendobj\n");
            }
            else if (descriptors.TryGetValue(obj.Number, out var described))
            {
                // PDFsharp left the program out (see PdfSharpFontPrograms): the descriptor gets a reference to it.
                var text = Latin1(pdf[obj.Dictionary]);
                WriteText(output, $"{obj.Number} 0 obj\n{text[..^2]}/FontFile2 {described.FontFileNumber} 0 R>>\nendobj\n");
            }
            else if (!obj.IsStream || Contains(pdf, obj.Dictionary, "/Filter"u8) || Contains(pdf, obj.Dictionary, "/Type/Metadata"u8))
            {
                output.Write(pdf[obj.Whole]); // the XMP metadata stays readable as text, as PDF/A asks
            }
            else if (fontFiles.TryGetValue(obj.Number, out var fontFile))
            {
                fontFile.WriteProgram(output, obj.Number);
            }
            else
            {
                var extra = Latin1(pdf[obj.Dictionary]).Replace($"/Length {obj.Stream.GetOffsetAndLength(pdf.Length).Length}", "", StringComparison.Ordinal);
                WriteStream(output, obj.Number, extra[2..^2], pdf[obj.Stream]);
            }
        }

        foreach (var font in cidFonts.Values)
        {
            offsets[font.MapNumber] = output.Position;
            font.WriteCidToGidMap(output);
            if (font.EmbeddedByRewriter)
            {
                offsets[font.FontFileNumber] = output.Position;
                font.WriteProgram(output, font.FontFileNumber);
            }
        }

        var xref = output.Position;
        var table = new StringBuilder(32 + 20 * nextNumber);
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {nextNumber}\n0000000000 65535 f \n");
        for (var i = 1; i < nextNumber; i++)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offsets[i]:D10} 00000 n \n");
        }

        var size = $"/Size {objects.Length}>>";
        if (!trailer.EndsWith(size, StringComparison.Ordinal))
        {
            return null;
        }

        table.Append("trailer\n").Append(trailer[..^size.Length]).Append(CultureInfo.InvariantCulture, $"/Size {nextNumber}>>")
            .Append(CultureInfo.InvariantCulture, $"\nstartxref\n{xref}\n%%EOF\n");
        WriteText(output, table.ToString());
        return output.ToArray();
    }

    /// <summary>One stream object, deflated: its dictionary's entries other than /Length and /Filter, then the data.</summary>
    private static void WriteStream(MemoryStream output, int number, string entries, ReadOnlySpan<byte> data)
    {
        var compressed = ReusableBuffers.Get(ReusableBuffers.Compressed);
        using (var zlib = new ZLibStream(compressed, new ZLibCompressionOptions { CompressionLevel = CompressionLevel }, leaveOpen: true))
        {
            zlib.Write(data);
        }

        WriteText(output, $"{number} 0 obj\n<<{entries}/Length {compressed.Length}/Filter/FlateDecode>>\nstream\n");
        output.Write(compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        output.Write(StreamEnd);
    }

    private static void WriteText(MemoryStream output, string text)
    {
        Span<byte> buffer = text.Length <= 512 ? stackalloc byte[text.Length] : new byte[text.Length];
        Encoding.Latin1.GetBytes(text, buffer);
        output.Write(buffer);
    }

    private static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    private static bool Contains(ReadOnlySpan<byte> pdf, Range range, ReadOnlySpan<byte> text) => pdf[range].IndexOf(text) >= 0;

    /// <summary>
    /// Every indirect object of a file as PDFsharp writes it: "n 0 obj\n", a dictionary (and "stream\n", the data and
    /// "\nendstream"), "\nendobj\n", located through the cross-reference table at the end.
    /// </summary>
    private static bool TryReadObjects(ReadOnlySpan<byte> pdf, out PdfObject[] objects, out string trailer, out int headerLength)
    {
        objects = [];
        trailer = "";
        headerLength = 0;
        var startxref = pdf.LastIndexOf("startxref\n"u8);
        var trailerAt = pdf.LastIndexOf("trailer\n"u8);
        if (startxref < 0 || trailerAt < 0)
        {
            return false;
        }

        var xref = ReadInteger(pdf, startxref + "startxref\n".Length, out _);
        var at = xref + "xref\n0 ".Length;
        if (!pdf[xref..].StartsWith("xref\n0 "u8))
        {
            return false;
        }

        var count = ReadInteger(pdf, at, out at);
        at++; // the line break after the count
        var starts = new int[count];
        for (var i = 1; i < count; i++)
        {
            var entry = pdf.Slice(at + 20 * i, 20);
            if (entry[17] != (byte)'n')
            {
                return false; // free entries: not what PDFsharp writes after renumbering
            }

            starts[i] = ReadInteger(entry, 0, out _);
        }

        // An object runs from its offset to the next object's (or the cross-reference table).
        var sorted = starts[1..].Order().Append(xref).ToArray();
        headerLength = sorted[0];
        objects = new PdfObject[count];
        objects[0] = new PdfObject(0, default, default, default);
        for (var number = 1; number < count; number++)
        {
            var start = starts[number];
            var end = sorted[Array.BinarySearch(sorted, start) + 1];
            var header = Encoding.ASCII.GetBytes($"{number} 0 obj\n");
            var body = pdf[start..end];
            if (!body.StartsWith(header) || !body.EndsWith("endobj\n"u8))
            {
                return false;
            }

            var dictionaryStart = start + header.Length;
            if (body.EndsWith(StreamEnd))
            {
                var dictionaryEnd = pdf[dictionaryStart..end].IndexOf(StreamStart);
                if (dictionaryEnd < 0)
                {
                    return false;
                }

                var dataStart = dictionaryStart + dictionaryEnd + StreamStart.Length;
                var dataEnd = end - StreamEnd.Length;
                var dictionary = (dictionaryStart..(dictionaryStart + dictionaryEnd + 2));
                if (LengthOf(pdf[dictionary]) != dataEnd - dataStart)
                {
                    return false;
                }

                objects[number] = new PdfObject(number, start..end, dictionary, dataStart..dataEnd, IsStream: true);
            }
            else
            {
                objects[number] = new PdfObject(number, start..end, dictionaryStart..(end - "\nendobj\n".Length), default);
            }
        }

        trailer = Latin1(pdf[(trailerAt + "trailer\n".Length)..startxref]).TrimEnd();
        var comment = trailer.LastIndexOf(">>", StringComparison.Ordinal);
        trailer = trailer[..(comment + 2)]; // PDFsharp's "% Created with" comment is not repeated
        return true;
    }

    private static int LengthOf(ReadOnlySpan<byte> dictionary)
    {
        var at = dictionary.IndexOf("/Length "u8);
        return at < 0 ? -1 : ReadInteger(dictionary, at + "/Length ".Length, out _);
    }

    private static int ReadInteger(ReadOnlySpan<byte> text, int at, out int end)
    {
        var value = 0;
        end = at;
        while (end < text.Length && text[end] is >= (byte)'0' and <= (byte)'9')
        {
            value = checked(value * 10 + text[end++] - '0');
        }

        return end == at ? throw new FormatException($"No number at {at}.") : value;
    }

    /// <summary>An indirect object: its whole text, its dictionary (or other value) and, for a stream, its data.</summary>
    private readonly record struct PdfObject(int Number, Range Whole, Range Dictionary, Range Stream, bool IsStream = false);

    /// <summary>
    /// One CIDFont with its font program compacted (see <see cref="FontSubsetCompactor"/>): a CIDToGIDMap replaces
    /// /Identity, and /W keeps only the widths that differ from the default (/DW 1000), i.e. the Latin glyphs.
    /// </summary>
    private sealed class CompactedFont
    {
        private readonly FontSubsetCompactor.Subset _subset;
        private readonly string _widths;

        private CompactedFont(FontSubsetCompactor.Subset subset, string widths)
        {
            _subset = subset;
            _widths = widths;
        }

        public int DescriptorNumber { get; private init; }

        /// <summary>The font program's object: PDFsharp's, replaced, or a new one when PDFsharp wrote none.</summary>
        public int FontFileNumber { get; private init; }

        public bool EmbeddedByRewriter { get; private init; }

        public int MapNumber { get; private init; }

        public static CompactedFont? Create(ReadOnlySpan<byte> pdf, PdfObject cidFont, PdfObject[] objects, ref int nextNumber)
        {
            var text = Latin1(pdf[cidFont.Dictionary]);
            if (HasKey(text, "/DW") || !text.Contains("/CIDToGIDMap/Identity", StringComparison.Ordinal) ||
                Reference(text, "/FontDescriptor ") is not { } descriptorNumber || descriptorNumber >= objects.Length ||
                objects[descriptorNumber].IsStream || Widths(text) is not { } widths)
            {
                return null;
            }

            // PDFsharp lists every used glyph in /W as "cid[width]": that is the set of glyphs to keep. A program
            // PDFsharp embedded keeps the original glyph ids, so the face parsed once per process serves instead of it.
            var baseFont = Name(text, "/BaseFont/");
            var source = EmbeddedFontResolver.Source(baseFont[(baseFont.IndexOf('+', StringComparison.Ordinal) + 1)..]);
            var fontFileNumber = Reference(Latin1(pdf[objects[descriptorNumber].Dictionary]), "/FontFile2 ");
            if (fontFileNumber is { } number && (number >= objects.Length || !objects[number].IsStream ||
                                                 Contains(pdf, objects[number].Dictionary, "/Filter"u8)))
            {
                return null;
            }

            // Without a program from PDFsharp (see PdfSharpFontPrograms.LeaveToRewriter) the source is always known.
            source ??= fontFileNumber is { } file ? FontSubsetCompactor.Source.TryParse(pdf[objects[file].Stream].ToArray()) : null;
            if (source is null || FontSubsetCompactor.Plan(source, widths.Keys) is not { } subset)
            {
                return null;
            }

            var kept = new StringBuilder("[");
            foreach (var (cid, width) in widths)
            {
                if (width != DefaultWidth)
                {
                    kept.Append(CultureInfo.InvariantCulture, $"{cid}[{width}]");
                }
            }

            return new CompactedFont(subset, kept.Append(']').ToString())
            {
                DescriptorNumber = descriptorNumber,
                EmbeddedByRewriter = fontFileNumber is null,
                FontFileNumber = fontFileNumber ?? nextNumber++,
                MapNumber = nextNumber++,
            };
        }

        public void WriteProgram(MemoryStream output, int number)
        {
            var program = ReusableBuffers.Get(ReusableBuffers.Program);
            _subset.WriteTo(program);
            WriteStream(output, number, $"/Length1 {program.Length}", program.GetBuffer().AsSpan(0, (int)program.Length));
        }

        /// <summary>The CIDToGIDMap stream: for every CID up to the highest used, its glyph in the compacted program.</summary>
        public void WriteCidToGidMap(MemoryStream output)
        {
            var map = ReusableBuffers.Get(ReusableBuffers.Program);
            var cidToGid = _subset.CidToGid;
            map.SetLength(2 * cidToGid.Length);
            var bytes = map.GetBuffer().AsSpan(0, 2 * cidToGid.Length);
            for (var cid = 0; cid < cidToGid.Length; cid++)
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes[(2 * cid)..], cidToGid[cid]);
            }

            WriteStream(output, MapNumber, "", bytes);
        }

        public string RewriteCidFont(ReadOnlySpan<byte> pdf, PdfObject cidFont)
        {
            var text = Latin1(pdf[cidFont.Dictionary]);
            var w = text.IndexOf("/W[", StringComparison.Ordinal);
            var end = w + 3;
            for (var depth = 1; depth > 0; end++)
            {
                depth += text[end] switch { '[' => 1, ']' => -1, _ => 0 };
            }

            return (text[..w] + "/W" + _widths + text[end..])
                .Replace("/CIDToGIDMap/Identity", $"/CIDToGIDMap {MapNumber} 0 R", StringComparison.Ordinal);
        }

        /// <summary>/W as PDFsharp writes it, "cid[width]" pairs in order; null for any other form.</summary>
        private static SortedDictionary<int, int>? Widths(string font)
        {
            var at = font.IndexOf("/W[", StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var widths = new SortedDictionary<int, int>();
            var bytes = Encoding.Latin1.GetBytes(font);
            at += 3;
            while (bytes[at] != (byte)']')
            {
                var cid = ReadInteger(bytes, at, out at);
                if (bytes[at] != (byte)'[')
                {
                    return null;
                }

                var width = ReadInteger(bytes, at + 1, out at);
                if (bytes[at] != (byte)']')
                {
                    return null;
                }

                widths[cid] = width;
                at++;
            }

            return widths;
        }

        /// <summary>
        /// Whether <paramref name="key"/> is one of the names in the dictionary's text, not just the start of a longer name:
        /// "/BaseFont/DWKQRT+IPAexMincho" holds the text "/DW" but no /DW entry.
        /// </summary>
        private static bool HasKey(string dictionary, string key)
        {
            for (var at = dictionary.IndexOf(key, StringComparison.Ordinal); at >= 0; at = dictionary.IndexOf(key, at + 1, StringComparison.Ordinal))
            {
                var end = at + key.Length;
                if (end == dictionary.Length || dictionary[end] is ' ' or '\n' or '\r' or '/' or '[' or '<' or '(')
                {
                    return true;
                }
            }

            return false;
        }

        private static int? Reference(string dictionary, string key)
        {
            var at = dictionary.IndexOf(key, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var end = dictionary.IndexOf(" 0 R", at, StringComparison.Ordinal);
            return end < 0 ? null : int.Parse(dictionary.AsSpan(at + key.Length, end - at - key.Length), CultureInfo.InvariantCulture);
        }

        private static string Name(string dictionary, string key)
        {
            var at = dictionary.IndexOf(key, StringComparison.Ordinal);
            if (at < 0)
            {
                return "";
            }

            at += key.Length;
            var end = at;
            while (end < dictionary.Length && dictionary[end] is not ('/' or '>' or '[' or ' '))
            {
                end++;
            }

            return dictionary[at..end];
        }
    }
}
