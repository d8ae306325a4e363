using PdfSharp.Drawing;
using QRCoder;

namespace ContractorAiReview.Documents.Composition;

/// <summary>A QR code drawn as vector rectangles: sharp when printed and a few hundred bytes, unlike a bitmap.</summary>
internal static class QrCode
{
    public static void Draw(XGraphics graphics, string content, XRect area)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // includes the quiet zone
        var count = matrix.Count;
        var module = Math.Min(area.Width, area.Height) / count;
        var runs = new List<XRect>(count * count / 4);
        for (var row = 0; row < count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < count)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }

                // One rectangle per horizontal run of dark modules keeps the content stream small.
                var start = column;
                while (column < count && bits[column])
                {
                    column++;
                }

                runs.Add(new XRect(area.X + start * module, area.Y + row * module, (column - start) * module, module));
            }
        }

        graphics.DrawRectangles(XBrushes.Black, runs.ToArray());
    }
}
