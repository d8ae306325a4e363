using System.Text;
using ContractorAiReview.Documents.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ContractorAiReview.UnitTests.Documents.Fonts;

public class SavedPdfRewriterTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("DWQRST")] // a random subset tag that starts with "DW" must not be taken for a /DW entry
    public void Rewrite_SavedDocument_EmbedsEveryFontCompactedAndDeflatesEveryStream(string? subsetTag)
    {
        var saved = SaveUncompressed("確認通知書　AI2026-0001");
        if (subsetTag is not null)
        {
            saved = WithSubsetTag(saved, subsetTag);
        }

        var pdf = SavedPdfRewriter.Rewrite(saved);

        var text = Encoding.Latin1.GetString(pdf);
        Assert.Equal(CountOf(text, "/Type/FontDescriptor"), CountOf(text, "/FontFile2 "));
        Assert.Equal(0, CountOf(text, "/CIDToGIDMap/Identity"));
        Assert.Equal(CountOf(text, "\nstream\n"), CountOf(text, "/Filter/FlateDecode") + CountOf(text, "/Type/Metadata"));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal("確認通知書AI2026-0001", PdfText.Normalize(document.GetPage(1).Text));
    }

    [Fact]
    public void Rewrite_NotAPdfFromPdfSharp_ReturnsItUnchanged()
    {
        var data = "%PDF-1.7\nnot what PDFsharp writes"u8.ToArray();

        Assert.Equal(data, SavedPdfRewriter.Rewrite(data));
    }

    /// <summary>A one-page document saved the way the composer saves it: uncompressed, font programs left to the rewriter.</summary>
    private static byte[] SaveUncompressed(string line)
    {
        _ = new ContractorAiReview.Documents.PdfDocumentRenderer().RenderReturnNotice(DocumentSamples.Return()); // configures PDFsharp
        using var document = new PdfDocument();
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        using (var graphics = XGraphics.FromPdfPage(document.AddPage()))
        {
            var font = new XFont(EmbeddedFontResolver.Mincho, 10.5, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            graphics.DrawString(line, font, XBrushes.Black, 50, 50, XStringFormats.TopLeft);
        }

        PdfSharpFontPrograms.LeaveToRewriter(document);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>The same file with the font's random six-letter subset tag replaced (same length, so offsets hold).</summary>
    private static byte[] WithSubsetTag(byte[] pdf, string tag)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.IndexOf("+IPAexMincho", StringComparison.Ordinal);
        var old = text.Substring(at - 6, 6);
        return Encoding.Latin1.GetBytes(text.Replace(old + "+", tag + "+", StringComparison.Ordinal));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
