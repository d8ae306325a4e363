using System.Collections.Concurrent;
using ContractorAiReview.Documents.Fonts;
using ContractorAiReview.Documents.Typesetting;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ContractorAiReview.Documents.Composition;

/// <summary>
/// What every page of a document carries besides its body. An issued document has its <see cref="Stamp"/> (its number
/// in the footer); without one the document is a preview, and every page says so across it.
/// </summary>
internal sealed record PageFrame(
    string DocumentTitle,
    string Author,
    string? HeaderLeft,
    string? HeaderRight,
    DocumentStamp? Stamp)
{
    /// <summary>Across every page of a document that was not issued: it can be read, never mistaken for the filed one.</summary>
    public const string PreviewWatermark = "下書き（プレビュー）";
}

/// <summary>
/// The one composition layer all documents are written with: A4 portrait pages with margins, a header and a
/// "N / M" footer, paragraphs and bordered tables that flow onto further pages. Documents describe content;
/// this class decides where it lands. Not thread-safe: one instance per document.
/// </summary>
internal sealed class PdfComposer : IDisposable
{
    private const double Mm = 72 / 25.4;
    private const double MinSplitHeight = 36; // below this a row or paragraph fragment moves whole to the next page
    private const double KeepRowWholeUpTo = 160; // rows up to this height are never split across pages

    // Widths at size 1 per face and character: measuring is the hot path of line breaking.
    private static readonly ConcurrentDictionary<(Face Face, string Text), double> UnitWidths = new();
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode);

    private readonly PdfDocument _document;
    private readonly PageFrame _frame;
    private readonly Dictionary<(Face, double), XFont> _fonts = [];
    private readonly List<PdfPage> _pages = [];
    private XGraphics _graphics = null!;

    public PdfComposer(PageFrame frame)
    {
        // Before the first PDFsharp object: the licence and font resolver are process-wide.
        PdfSharpSetup.EnsureConfigured();
        _document = new PdfDocument();
        _frame = frame;
        _document.Info.Title = frame.DocumentTitle;
        _document.Info.Author = frame.Author;
        _document.Info.Creator = "ContractorAiReview";
        // Compression happens once, in CompactFonts: the fonts written by this save are replaced there anyway.
        _document.Options.NoCompression = true;
        _document.Options.CompressContentStreams = false;
        NewPage();
    }

    public double PageWidth { get; } = 210 * Mm;
    public double PageHeight { get; } = 297 * Mm;
    public double Left => 20 * Mm;
    public double Right => PageWidth - 20 * Mm;
    public double Top => 22 * Mm;
    public double Bottom => PageHeight - 20 * Mm;
    public double ContentWidth => Right - Left;

    /// <summary>The vertical position where the next block starts.</summary>
    public double Y { get; private set; }

    public double Remaining => Bottom - Y;

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        _pages.Add(page);
        _graphics = XGraphics.FromPdfPage(page);
        DrawHeader();
        Y = Top;
    }

    public void Space(double points) => Y = Math.Min(Y + points, Bottom);

    /// <summary>Moves the cursor within the current page, e.g. back to the top of a block to write beside it.</summary>
    public void MoveTo(double y) => Y = Math.Clamp(y, Top, Bottom);

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void EnsureSpace(double height)
    {
        if (Y + height > Bottom && Y > Top)
        {
            NewPage();
        }
    }

    public void Paragraph(Para para) => Paragraph(para, 0, ContentWidth);

    public void Paragraph(Para para, double offset, double width)
    {
        foreach (var line in Layout(para, width))
        {
            if (Y + line.Height > Bottom && Y > Top)
            {
                NewPage();
            }

            DrawLine(line, Left + offset, Y);
            Y += line.Height;
        }
    }

    /// <summary>A fixed-height block drawn by the caller (a QR code, a stamp box), kept whole on one page.</summary>
    public void Block(double height, Action<XGraphics, XRect> draw)
    {
        EnsureSpace(height);
        draw(_graphics, new XRect(Left, Y, ContentWidth, height));
        Y += height;
    }

    public double MeasureWidth(string text, TextStyle style)
    {
        var width = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Measure(rune.IsBmp ? LineBreaker.CharacterString((char)rune.Value) : rune.ToString(), style);
        }

        return width;
    }

    public void Table(TableSpec table)
    {
        var width = table.Width ?? ContentWidth - table.Offset;
        var columnWidths = table.Columns.Select(c => c * width).ToArray();
        var header = table.Header is null ? null : LayoutRow(table.Header, columnWidths, table.Padding);
        var headerHeight = header?.Max(c => c.Sum(l => l.Height)) + 2 * table.Padding ?? 0;

        EnsureSpace(headerHeight + MinSplitHeight);
        DrawHeaderRow();

        foreach (var row in table.Rows)
        {
            var cells = LayoutRow(row, columnWidths, table.Padding);
            var next = new int[cells.Count];
            while (true)
            {
                var needed = RemainingHeight(cells, next) + 2 * table.Padding;
                if (needed <= Remaining)
                {
                    DrawRowFragment(row, cells, next, columnWidths, table, int.MaxValue / 2, needed);
                    break;
                }

                // Short rows move whole; long ones (a 5,000-character answer) split, the rest continuing below the repeated header.
                if (needed <= KeepRowWholeUpTo || Remaining < MinSplitHeight + 2 * table.Padding)
                {
                    NewPage();
                    DrawHeaderRow();
                    continue;
                }

                var fit = Remaining - 2 * table.Padding;
                var height = FragmentHeight(cells, next, fit);
                if (height <= 0 && Y <= Top)
                {
                    // Not even one line fits on an empty page: draw the rest overflowing rather than loop forever.
                    DrawRowFragment(row, cells, next, columnWidths, table, int.MaxValue / 2, needed);
                    break;
                }

                if (height <= 0)
                {
                    NewPage();
                    DrawHeaderRow();
                    continue;
                }

                DrawRowFragment(row, cells, next, columnWidths, table, fit, height + 2 * table.Padding);
                NewPage();
                DrawHeaderRow();
            }
        }

        void DrawHeaderRow()
        {
            if (header is not null)
            {
                var cursor = new int[header.Count];
                DrawRowFragment(table.Header!, header, cursor, columnWidths, table, int.MaxValue / 2, headerHeight);
            }
        }
    }

    public byte[] Finish()
    {
        _graphics.Dispose();
        DrawFooters();
        // Uncompressed and without font programs, which the rewriter embeds compacted, into a buffer this thread reuses.
        PdfSharpFontPrograms.LeaveToRewriter(_document);
        var stream = ReusableBuffers.Get(ReusableBuffers.Saved);
        _document.Save(stream, closeStream: false);
        return SavedPdfRewriter.Rewrite(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private static double RemainingHeight(List<List<Line>> cells, int[] next)
    {
        var max = 0.0;
        for (var c = 0; c < cells.Count; c++)
        {
            var sum = 0.0;
            for (var i = next[c]; i < cells[c].Count; i++)
            {
                sum += cells[c][i].Height;
            }

            max = Math.Max(max, sum);
        }

        return max;
    }

    private static double FragmentHeight(List<List<Line>> cells, int[] next, double fit)
    {
        var max = 0.0;
        for (var c = 0; c < cells.Count; c++)
        {
            var sum = 0.0;
            for (var i = next[c]; i < cells[c].Count && sum + cells[c][i].Height <= fit; i++)
            {
                sum += cells[c][i].Height;
            }

            max = Math.Max(max, sum);
        }

        return max;
    }

    private void DrawRowFragment(TableRow row, List<List<Line>> cells, int[] next, double[] widths, TableSpec table, double fit, double height)
    {
        var x = Left + table.Offset;
        for (var c = 0; c < cells.Count; c++)
        {
            var rect = new XRect(x, Y, widths[c], height);
            if (row.Cells[c].Shaded)
            {
                _graphics.DrawRectangle(ShadeBrush, rect);
            }

            if (table.Borders)
            {
                _graphics.DrawRectangle(BorderPen, rect);
            }

            var y = Y + table.Padding;
            var used = 0.0;
            while (next[c] < cells[c].Count && used + cells[c][next[c]].Height <= fit)
            {
                var line = cells[c][next[c]];
                DrawLine(line, x + table.Padding, y);
                y += line.Height;
                used += line.Height;
                next[c]++;
            }

            x += widths[c];
        }

        Y += height;
    }

    private List<List<Line>> LayoutRow(TableRow row, double[] widths, double padding)
    {
        if (row.Cells.Count != widths.Length)
        {
            throw new ArgumentException($"A row has {row.Cells.Count} cells but the table has {widths.Length} columns.", nameof(row));
        }

        var cells = new List<List<Line>>(row.Cells.Count);
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var lines = new List<Line>();
            foreach (var para in row.Cells[c].Content)
            {
                lines.AddRange(Layout(para, widths[c] - 2 * padding));
            }

            cells.Add(lines);
        }

        return cells;
    }

    private List<Line> Layout(Para para, double width)
    {
        var font = Font(para.Style);
        var textOffset = para.Indent + (para.Marker is null ? 0 : para.MarkerWidth);
        var textWidth = Math.Max(width - textOffset, para.Style.Size);
        var text = Drawable(para.Text);
        var broken = LineBreaker.Break(text, textWidth, s => Measure(s, para.Style));
        if (para.Balance && broken.Count > 1)
        {
            broken = Balanced(para with { Text = text }, textWidth, broken.Count);
        }

        var lines = new List<Line>(broken.Count + 2);
        if (para.SpaceBefore > 0)
        {
            lines.Add(new Line(para.SpaceBefore, "", font, 0, null));
        }

        for (var i = 0; i < broken.Count; i++)
        {
            var line = broken[i];
            var x = para.Align switch
            {
                Align.Center => textOffset + (textWidth - MeasureWidth(line, para.Style)) / 2,
                Align.Right => textOffset + textWidth - MeasureWidth(line, para.Style),
                _ => textOffset,
            };
            lines.Add(new Line(para.Style.LineHeight, line, font, x, i == 0 ? para.Marker : null, para.Indent));
        }

        if (para.SpaceAfter > 0)
        {
            lines.Add(new Line(para.SpaceAfter, "", font, 0, null));
        }

        return lines;
    }

    /// <summary>
    /// Text as typed into a form may hold tabs, other control characters and trailing blank lines: the fonts have no
    /// glyph for them (they would print as boxes), so tabs become spaces, other controls go, and the end is trimmed.
    /// </summary>
    internal static string Drawable(string text)
    {
        var clean = text.AsSpan().TrimEnd();
        if (!clean.ContainsAnyInRange('\0', '\u001f') && !clean.Contains('\u007f'))
        {
            return clean.Length == text.Length ? text : clean.ToString();
        }

        var builder = new System.Text.StringBuilder(clean.Length);
        foreach (var c in clean)
        {
            if (c is '\n' or '\r')
            {
                builder.Append(c);
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The narrowest width that still gives <paramref name="lineCount"/> lines, found by bisection.</summary>
    private IReadOnlyList<string> Balanced(Para para, double width, int lineCount)
    {
        double low = width / lineCount, high = width;
        for (var i = 0; i < 10; i++)
        {
            var middle = (low + high) / 2;
            if (LineBreaker.Break(para.Text, middle, s => Measure(s, para.Style)).Count > lineCount)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        // Widen in small steps until no line starts with hiragana: that keeps okurigana and particles with their
        // word (…向け / 生成…, not …向 / け生成…), which matters in a title even though it is legal in body text.
        for (var candidate = high; candidate <= Math.Min(width, high + 8 * para.Style.Size); candidate += para.Style.Size / 2)
        {
            var lines = LineBreaker.Break(para.Text, candidate, s => Measure(s, para.Style));
            if (lines.Count == lineCount && lines.Skip(1).All(l => l.Length == 0 || l[0] is < 'ぁ' or > 'ゖ'))
            {
                return lines;
            }
        }

        return LineBreaker.Break(para.Text, high, s => Measure(s, para.Style));
    }

    private void DrawLine(Line line, double left, double top)
    {
        // Centre the glyphs vertically in the line box so leading is shared above and below.
        var baselineTop = top + (line.Height - line.Font.Size * 1.0) / 2;
        if (line.Marker is not null)
        {
            _graphics.DrawString(line.Marker, line.Font, XBrushes.Black, left + line.MarkerX, baselineTop, XStringFormats.TopLeft);
        }

        if (line.Text.Length > 0)
        {
            _graphics.DrawString(line.Text, line.Font, XBrushes.Black, left + line.X, baselineTop, XStringFormats.TopLeft);
        }
    }

    private double Measure(string text, TextStyle style)
    {
        if (!UnitWidths.TryGetValue((style.Face, text), out var unit))
        {
            // Measured at size 100 with this document's own font object: XFont is not shared across threads.
            unit = _graphics.MeasureString(text, Font(new TextStyle(style.Face, 100))).Width / 100;
            UnitWidths.TryAdd((style.Face, text), unit);
        }

        return unit * style.Size;
    }

    private XFont Font(TextStyle style)
    {
        var key = (style.Face, style.Size);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = new XFont(FamilyOf(style.Face), style.Size, XFontStyleEx.Regular, FontOptions);
            _fonts[key] = font;
        }

        return font;
    }

    private static string FamilyOf(Face face) => face == Face.Gothic ? EmbeddedFontResolver.Gothic : EmbeddedFontResolver.Mincho;

    private void DrawHeader()
    {
        if (_frame.HeaderLeft is null && _frame.HeaderRight is null)
        {
            return;
        }

        var font = Font(TextStyle.Caption);
        var y = Top - 10 * Mm;
        if (_frame.HeaderLeft is not null)
        {
            _graphics.DrawString(_frame.HeaderLeft, font, FrameBrush, Left, y, XStringFormats.TopLeft);
        }

        if (_frame.HeaderRight is not null)
        {
            _graphics.DrawString(_frame.HeaderRight, font, FrameBrush, Right, y, XStringFormats.TopRight);
        }

        var lineY = y + TextStyle.Caption.LineHeight + 1;
        _graphics.DrawLine(FramePen, Left, lineY, Right, lineY);
    }

    private void DrawFooters()
    {
        var font = Font(TextStyle.Caption);
        var y = Bottom + 8 * Mm;
        for (var i = 0; i < _pages.Count; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_pages[i], XGraphicsPdfPageOptions.Append);
            graphics.DrawString($"{i + 1} / {_pages.Count}", font, FrameBrush, PageWidth / 2, y, XStringFormats.TopCenter);
            if (_frame.Stamp is { } stamp)
            {
                graphics.DrawString(stamp.DocumentNumber, font, FrameBrush, Right, y, XStringFormats.TopRight);
            }
            else
            {
                DrawPreviewWatermark(graphics);
            }
        }
    }

    private void DrawPreviewWatermark(XGraphics graphics)
    {
        var centre = new XPoint(PageWidth / 2, PageHeight / 2);
        var state = graphics.Save();
        graphics.RotateAtTransform(-45, centre);
        graphics.DrawString(PageFrame.PreviewWatermark, Font(WatermarkStyle), WatermarkBrush, centre, XStringFormats.Center);
        graphics.Restore(state);
    }

    private static readonly TextStyle WatermarkStyle = new(Face.Gothic, 64);
    private static readonly XBrush WatermarkBrush = new XSolidBrush(XColor.FromArgb(70, 150, 150, 150));
    private static readonly XBrush ShadeBrush = new XSolidBrush(XColor.FromArgb(242, 242, 242));
    private static readonly XBrush FrameBrush = new XSolidBrush(XColor.FromArgb(90, 90, 90));
    private static readonly XPen FramePen = new(XColor.FromArgb(150, 150, 150), 0.5);
    private static readonly XPen BorderPen = new(XColors.Black, 0.6);

    /// <summary>One laid-out line: its height, text and font, and where the text and the marker start within the block.</summary>
    private readonly record struct Line(double Height, string Text, XFont Font, double X, string? Marker, double MarkerX = 0);
}
