namespace ContractorAiReview.Documents.Composition;

/// <summary>Gothic (IPAexGothic) for headings and labels, Mincho (IPAexMincho) for body text, as Japanese official documents do.</summary>
internal enum Face
{
    Mincho,
    Gothic,
}

internal enum Align
{
    Left,
    Center,
    Right,
}

internal sealed record TextStyle(Face Face, double Size, double Leading = 1.5)
{
    public static readonly TextStyle Body = new(Face.Mincho, 10.5);
    public static readonly TextStyle Small = new(Face.Mincho, 9);
    public static readonly TextStyle Label = new(Face.Gothic, 9.5);
    public static readonly TextStyle Heading = new(Face.Gothic, 11);
    public static readonly TextStyle Title = new(Face.Gothic, 16, 1.4);
    public static readonly TextStyle Caption = new(Face.Mincho, 7.5, 1.3);

    /// <summary>Labels of letter-style documents: Mincho like the body, because every face adds its own glyph subset to the file.</summary>
    public static readonly TextStyle LetterLabel = new(Face.Mincho, 9.5);

    public double LineHeight => Size * Leading;
}

/// <summary>
/// A paragraph: text wrapped to the available width. An optional marker (a number, a tick box) hangs in
/// front of it so continuation lines align with the text, not with the marker. A balanced paragraph (titles,
/// headings) wraps into lines of similar length instead of leaving one word alone on the last line.
/// </summary>
internal sealed record Para(
    string Text,
    TextStyle Style,
    Align Align = Align.Left,
    double Indent = 0,
    string? Marker = null,
    double MarkerWidth = 0,
    double SpaceBefore = 0,
    double SpaceAfter = 0,
    bool Balance = false)
{
    public static Para Body(string text, double indent = 0) => new(text, TextStyle.Body, Indent: indent);
}

internal sealed record TableCell(IReadOnlyList<Para> Content, bool Shaded = false)
{
    public static TableCell Of(Para para, bool shaded = false) => new([para], shaded);

    public static TableCell Text(string text, TextStyle? style = null, bool shaded = false, Align align = Align.Left) =>
        new([new Para(text, style ?? TextStyle.Body, align)], shaded);
}

internal sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>
/// A table whose rows may split across pages; the header row is repeated on every page it continues on.
/// Column widths are fractions of <see cref="Width"/> (the content width when null), starting <see cref="Offset"/>
/// points from the left margin.
/// </summary>
internal sealed record TableSpec(
    IReadOnlyList<double> Columns,
    TableRow? Header,
    IReadOnlyList<TableRow> Rows,
    bool Borders = true,
    double Offset = 0,
    double? Width = null,
    double Padding = 4);
