using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace ContractorAiReview.Documents.Fonts;

/// <summary>
/// The second pass over a saved document, kept next to the font code it drives: compacted font programs, /W trimmed,
/// stale XMP metadata dropped and every stream deflated once. The composer lays out pages; this makes the file small.
/// </summary>
internal static class SavedPdfRewriter
{
    /// <summary>
    /// PDFsharp computes font subsets only while saving, so the (uncompressed) saved file is read back, its embedded
    /// fonts replaced by compacted ones (see <see cref="FontSubsetCompactor"/>) and /W trimmed, and every stream
    /// compressed once. This halves a one-page notice.
    /// </summary>
    public static byte[] Rewrite(MemoryStream saved)
    {
        saved.Position = 0;
        using var document = PdfReader.Open(saved, PdfDocumentOpenMode.Modify);
        foreach (var item in document.Internals.GetAllObjects().ToList())
        {
            if (item is PdfDictionary font && font.Elements.GetName("/Subtype") == "/CIDFontType2")
            {
                CompactFont(document, font);
            }
        }

        // Saving again writes fresh XMP metadata; the old stream would stay behind unreferenced.
        foreach (var metadata in document.Internals.GetAllObjects()
                     .Where(o => o is PdfDictionary d && d.Elements.GetName("/Type") == "/Metadata").ToList())
        {
            document.Internals.RemoveObject(metadata);
        }

        document.Internals.Catalog.Elements.Remove("/Metadata");
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfDictionary { Stream: not null } dictionary && !dictionary.Elements.ContainsKey("/Filter"))
            {
                Deflate(dictionary);
            }
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>FlateDecode with the runtime's native zlib, several times faster than PDFsharp's managed deflater.</summary>
    private static void Deflate(PdfDictionary dictionary)
    {
        var raw = dictionary.Stream!.Value;
        using var buffer = new MemoryStream(raw.Length / 2 + 64);
        using (var zlib = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        dictionary.Stream.Value = buffer.ToArray();
        dictionary.Elements.SetName("/Filter", "/FlateDecode");
    }

    /// <summary>
    /// Replaces one CIDFont's embedded program by its compacted form with a CIDToGIDMap, and drops the /W entries
    /// that equal the default width (/DW 1000: every full-width glyph), leaving /W to the Latin glyphs.
    /// </summary>
    private static void CompactFont(PdfDocument document, PdfDictionary font)
    {
        const int defaultWidth = 1000;
        if (font.Elements.ContainsKey("/DW") || font.Elements.GetArray("/W") is not { } widths ||
            font.Elements.GetName("/CIDToGIDMap") != "/Identity" ||
            font.Elements.GetReference("/FontDescriptor")?.Value is not PdfDictionary descriptor ||
            descriptor.Elements.GetReference("/FontFile2")?.Value is not PdfDictionary fontFile || fontFile.Stream is null)
        {
            return;
        }

        // PDFsharp lists every used glyph in /W as "cid [width]": that is the set of glyphs to keep.
        var used = new List<int>(widths.Elements.Count / 2);
        var kept = new PdfArray(document);
        for (var i = 0; i + 1 < widths.Elements.Count; i += 2)
        {
            if (widths.Elements[i] is not PdfInteger cid || widths.Elements[i + 1] is not PdfArray run || run.Elements.Count != 1)
            {
                return; // another /W form than PDFsharp writes: leave the font alone
            }

            used.Add(cid.Value);
            if (run.Elements.GetInteger(0) != defaultWidth)
            {
                kept.Elements.Add(cid);
                kept.Elements.Add(run);
            }
        }

        var compacted = FontSubsetCompactor.Compact(fontFile.Stream.UnfilteredValue, used);
        if (compacted is null)
        {
            return;
        }

        fontFile.Elements.Remove("/Filter");
        fontFile.Elements.Remove("/DecodeParms");
        fontFile.Stream.Value = compacted.Font;
        fontFile.Elements.SetInteger("/Length1", compacted.Font.Length);

        var map = new byte[2 * compacted.CidToGid.Length];
        for (var cid = 0; cid < compacted.CidToGid.Length; cid++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(map.AsSpan(2 * cid), compacted.CidToGid[cid]);
        }

        var mapStream = new PdfDictionary(document);
        mapStream.CreateStream(map);
        document.Internals.AddObject(mapStream);
        font.Elements.SetReference("/CIDToGIDMap", mapStream);
        font.Elements["/W"] = kept;
    }
}
