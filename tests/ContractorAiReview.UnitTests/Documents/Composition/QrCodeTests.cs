using ContractorAiReview.Documents.Composition;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace ContractorAiReview.UnitTests.Documents.Composition;

public class QrCodeTests
{
    [Fact]
    public void Draw_VerificationUrl_DrawsExactlyTheModulesOfItsQrCode()
    {
        const string url = "https://ai-review.city.osaka.example/verify/K7Q4-9XPA";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var expected = data.ModuleMatrix;
        var size = expected.Count;
        const double module = 4;

        var drawn = ReadBack(url, size, module);

        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                Assert.True(expected[row][column] == drawn[row, column], $"Module ({row}, {column}) differs.");
            }
        }
    }

    /// <summary>Draws the code on a blank PDF page, reads the filled rectangles back with PdfPig and samples each module's centre.</summary>
    private static bool[,] ReadBack(string url, int size, double module)
    {
        // Any renderer call configures PDFsharp's licence and fonts for the process first.
        _ = new ContractorAiReview.Documents.PdfDocumentRenderer().RenderReturnNotice(DocumentSamples.Return());
        var area = new XRect(20, 20, size * module, size * module);
        byte[] bytes;
        using (var document = new PdfDocument())
        {
            var page = document.AddPage();
            using (var graphics = XGraphics.FromPdfPage(page))
            {
                QrCode.Draw(graphics, url, area);
            }

            using var stream = new MemoryStream();
            document.Save(stream, closeStream: false);
            bytes = stream.ToArray();
        }

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var pdfPage = pdf.GetPage(1);
        var rectangles = pdfPage.Paths.Where(p => p.IsFilled)
            .SelectMany(p => p.Select(subpath => subpath.GetBoundingRectangle()))
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .ToList();
        var grid = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                // PDF space has y going up from the page bottom; XGraphics draws downwards from the top.
                var x = area.X + (column + 0.5) * module;
                var y = pdfPage.Height - (area.Y + (row + 0.5) * module);
                grid[row, column] = rectangles.Any(r => r.Left <= x && x <= r.Right && r.Bottom <= y && y <= r.Top);
            }
        }

        return grid;
    }
}
