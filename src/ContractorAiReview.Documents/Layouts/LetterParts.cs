using ContractorAiReview.Documents.Composition;
using PdfSharp.Drawing;

namespace ContractorAiReview.Documents.Layouts;

/// <summary>The parts every letter-style document (notice, return, consent) shares, in the usual Japanese official order.</summary>
internal static class LetterParts
{
    /// <summary>
    /// Opens a letter the way every one opens: the page frame, then number and date, addressee, issuer and title. The
    /// caller owns (and disposes) the composer.
    /// </summary>
    public static PdfComposer Open(Letterhead head)
    {
        var composer = new PdfComposer(new PageFrame(
            head.Title,
            head.Municipality + head.DepartmentName,
            $"{head.Municipality}　{head.DepartmentName}",
            head.FooterLabel,
            head.Stamp));
        NumberAndDate(composer, head.Stamp?.DocumentNumber, head.Date);
        Addressee(composer, head.ContractorName, head.Representative);
        Issuer(composer, head.Municipality, head.DepartmentName, head.OfficerName, head.Contact, head.OfficerTitle);
        Title(composer, head.Title);
        return composer;
    }

    /// <summary>Document number and date, right-aligned at the top.</summary>
    private static void NumberAndDate(PdfComposer composer, string? documentNumber, DateOnly date)
    {
        if (documentNumber is not null)
        {
            composer.Paragraph(new Para(documentNumber, TextStyle.Body, Align.Right));
        }

        composer.Paragraph(new Para(DocumentText.Date(date), TextStyle.Body, Align.Right));
        composer.Space(8);
    }

    private static void Addressee(PdfComposer composer, string contractorName, string representative)
    {
        composer.Paragraph(new Para(contractorName, TextStyle.Body));
        composer.Paragraph(new Para($"{representative}　{DocumentText.Honorific}", TextStyle.Body, Indent: 10.5));
        composer.Space(6);
    }

    /// <summary>The issuer on the right: municipality and department, then the officer in charge.</summary>
    /// <param name="contact">The department's phone and e-mail, one per line, as its administrator recorded them; none when not recorded.</param>
    private static void Issuer(PdfComposer composer, string municipality, string department, string officer, string? contact, string title)
    {
        var offset = composer.ContentWidth * 0.55;
        var width = composer.ContentWidth - offset;
        composer.Paragraph(new Para($"{municipality}{department}", TextStyle.Body), offset, width);
        composer.Paragraph(new Para($"{title}　{officer}", TextStyle.Body), offset, width);
        // One line each (phone, e-mail): an address must not break in the middle.
        foreach (var line in (contact ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            composer.Paragraph(new Para(line, TextStyle.Body), offset, width);
        }

        composer.Space(14);
    }

    private static void Title(PdfComposer composer, string title)
    {
        composer.Paragraph(new Para(title, TextStyle.Title, Align.Center, SpaceAfter: 10, Balance: true));
    }

    public static void NoteMark(PdfComposer composer) =>
        composer.Paragraph(new Para(DocumentText.Note, TextStyle.Body, Align.Center, SpaceBefore: 4, SpaceAfter: 4));

    public static void End(PdfComposer composer) =>
        composer.Paragraph(new Para(DocumentText.End, TextStyle.Body, Align.Right, SpaceBefore: 6));

    public static TableRow Row(string label, params string[] values) => Row(label, TextStyle.LetterLabel, values);

    public static TableRow Row(string label, TextStyle labelStyle, params string[] values) =>
        new([
            TableCell.Text(label, labelStyle, shaded: true),
            new TableCell(values.Select(v => new Para(v, TextStyle.Body)).ToList()),
        ]);

    public static TableRow Row(string label, IReadOnlyList<Para> content) =>
        Row(label, TextStyle.LetterLabel, content);

    public static TableRow Row(string label, TextStyle labelStyle, IReadOnlyList<Para> content) =>
        new([TableCell.Text(label, labelStyle, shaded: true), new TableCell(content)]);

    public static void KeyValueTable(PdfComposer composer, IReadOnlyList<TableRow> rows) =>
        composer.Table(new TableSpec([0.27, 0.73], null, rows));

    /// <summary>Where the document can be verified: number, code and URL, with a QR code of the URL.</summary>
    public static void Stamp(PdfComposer composer, DocumentStamp? stamp)
    {
        if (stamp is null)
        {
            return;
        }

        const double size = 62;
        composer.EnsureSpace(size + 8);
        composer.Space(8);
        var top = composer.Y;
        composer.Block(size, (graphics, area) => QrCode.Draw(graphics, stamp.VerificationUrl, new XRect(area.Right - size, area.Y, size, size)));

        // The text sits to the left of the QR code, on the same page.
        composer.MoveTo(top);
        var width = composer.ContentWidth - size - 10;
        composer.Paragraph(new Para($"文書番号　{stamp.DocumentNumber}", TextStyle.Small), 0, width);
        composer.Paragraph(new Para($"照合コード　{stamp.VerificationCode}", TextStyle.Small), 0, width);
        composer.Paragraph(new Para($"照合URL　{stamp.VerificationUrl}", TextStyle.Small), 0, width);
        composer.MoveTo(Math.Max(composer.Y, top + size));
    }
}

/// <summary>What a letter's opening names: its title, who sends it (and signs, with the title), to whom, when.</summary>
/// <param name="FooterLabel">The short name in the page footer, e.g. 確認通知書　AI2026-0001.</param>
internal sealed record Letterhead(
    string Title,
    string Municipality,
    string DepartmentName,
    string FooterLabel,
    DocumentStamp? Stamp,
    DateOnly Date,
    string ContractorName,
    string Representative,
    string OfficerName,
    string? Contact,
    string OfficerTitle = "担当");
