using ContractorAiReview.Documents.Composition;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Documents.Layouts;

/// <summary>
/// 生成AI利用に関する確認依頼書 in the layout of the guideline's form: the cover page (addressee, contractor,
/// pledge, items 1-4, contact) and the attached sheet (part 1 table, part 2 checklist). Every label and fixed
/// paragraph comes from <see cref="RequestFormText"/> and the checklist from <see cref="Guideline.ChecklistItems"/>.
/// </summary>
internal static class ConfirmationRequestFormLayout
{
    private const double ItemIndent = 14;

    public static byte[] Render(ConfirmationRequestFormModel model)
    {
        var text = model.Guideline.RequestForm;
        using var composer = new PdfComposer(new PageFrame(
            text.Title,
            model.Content.ContractorName,
            null,
            $"{DocumentText.Form.RequestNumber}　{model.RequestNumber}",
            model.Stamp));

        CoverPage(composer, model, text);
        composer.NewPage();
        AttachedSheet(composer, model, text);
        return composer.Finish();
    }

    private static void CoverPage(PdfComposer composer, ConfirmationRequestFormModel model, RequestFormText text)
    {
        var content = model.Content;
        composer.Paragraph(new Para(text.Title, TextStyle.Title, Align.Center, SpaceAfter: 8, Balance: true));
        var date = model.RequestedOn is { } on ? DocumentText.Date(on) : DocumentText.Form.BlankDate;
        composer.Paragraph(new Para(date, TextStyle.Body, Align.Right, SpaceAfter: 6));
        composer.Paragraph(new Para($"{text.AddresseePrefix}{model.DepartmentName}", TextStyle.Body, SpaceAfter: 8));

        // The contractor's block on the right half, labels as the form prints them (multi-line).
        var labelStyle = new TextStyle(Face.Mincho, 9, 1.3);
        composer.Table(new TableSpec(
            [0.28, 0.72],
            null,
            [
                SignatureRow(text.AddressLabel, content.ContractorAddress, labelStyle),
                SignatureRow(text.NameLabel, content.ContractorName, labelStyle),
                SignatureRow(text.RepresentativeLabel, content.RepresentativeTitleAndName, labelStyle),
            ],
            Borders: false,
            Offset: composer.ContentWidth * 0.42,
            Padding: 2));
        composer.Space(10);

        foreach (var pledge in text.Pledge)
        {
            composer.Paragraph(new Para("　" + pledge, TextStyle.Body));
        }

        LetterParts.NoteMark(composer);

        Item(composer, text.ItemContract,
            $"{model.ContractName}（{DocumentText.FiscalYear(model.ContractFiscalYear)}締結・{DocumentText.ContractKind(model.ContractKind)}）");

        var isChange = model.RequestKind == RequestKind.Change;
        Item(composer, text.ItemKind,
            $"{DocumentText.Tick(!isChange)} {text.KindNew}　　{DocumentText.Tick(isChange)} {text.KindChange}");
        if (isChange && model.AmendedRequestNumber is not null)
        {
            composer.Paragraph(new Para($"（{DocumentText.Form.AmendedRequest}　{model.AmendedRequestNumber}）", TextStyle.Small, Indent: ItemIndent));
        }

        if (isChange)
        {
            // What changes and why, as the contractor stated them (not on the paper form; the department reads them first).
            composer.Paragraph(new Para($"{DocumentText.Form.ChangeDescription}：{content.ChangeDescription?.Trim()}", TextStyle.Small, Indent: ItemIndent));
            composer.Paragraph(new Para($"{DocumentText.Form.ChangeReason}：{content.ChangeReason?.Trim()}", TextStyle.Small, Indent: ItemIndent));
        }

        // Both boxes may be ticked; every subcontractor that uses AI is named after 社名.
        var companies = content.UsedBySubcontractors ? string.Join("、", content.Subcontractors) : DocumentText.Form.BlankCompany;
        Item(composer, text.ItemUser,
            $"{DocumentText.Tick(content.UsedByContractor)} {text.UserContractor}　　{DocumentText.Tick(content.UsedBySubcontractors)} {text.UserSubcontractor}（{text.Labels.CompanyPrefix}{companies}）");

        Item(composer, text.ItemDetails, text.ItemDetailsNote);

        // Contact block at the foot of the right half, as on the form.
        composer.Space(12);
        var contactOffset = composer.ContentWidth * 0.42;
        composer.EnsureSpace(5 * 20);
        composer.Paragraph(new Para(text.ContactLabel, TextStyle.Label), contactOffset, composer.ContentWidth - contactOffset);
        composer.Table(new TableSpec(
            [0.26, 0.74],
            null,
            [
                LetterParts.Row(text.Labels.ContactDepartment, TextStyle.Label, content.ContactDepartment),
                LetterParts.Row(text.Labels.ContactName, TextStyle.Label, content.ContactName),
                LetterParts.Row(text.Labels.ContactPhone, TextStyle.Label, content.ContactPhone),
                LetterParts.Row(text.Labels.ContactFax, TextStyle.Label, content.ContactFax ?? ""),
            ],
            Offset: contactOffset,
            Padding: 3));

        LetterParts.Stamp(composer, model.Stamp);
    }

    private static void AttachedSheet(PdfComposer composer, ConfirmationRequestFormModel model, RequestFormText text)
    {
        var content = model.Content;
        var rows = text.Part1Rows;
        composer.Paragraph(new Para(text.SheetTitle, TextStyle.Heading with { Size = 12 }, Align.Center, SpaceAfter: 8, Balance: true));
        composer.Paragraph(Numbered(text.Part1Title, TextStyle.Heading) with { SpaceAfter = 4 });

        composer.Table(new TableSpec(
            [0.27, 0.73],
            new TableRow([TableCell.Text(text.Labels.ItemHeader, TextStyle.Label, true, Align.Center), TableCell.Text(text.Labels.ContentHeader, TextStyle.Label, true, Align.Center)]),
            [
                LetterParts.Row(rows.Usage, TextStyle.Label,
                [
                    Answer(text.Labels.Business, content.Business),
                    Answer(text.Labels.Purpose, content.Purpose),
                    Answer(text.Labels.Method, content.Method),
                ]),
                LetterParts.Row(rows.Services, TextStyle.Label, Services(content.Services, text.Labels)),
                LetterParts.Row(rows.Provenance, TextStyle.Label, Provenance(content.Services, rows)),
                LetterParts.Row(rows.ScopeOfUsers, TextStyle.Label, [Para.Body(content.ScopeOfUsers)]),
                LetterParts.Row(rows.Management, TextStyle.Label,
                [
                    Answer(text.Labels.SecurityManagement, content.SecurityManagement),
                    Answer(text.Labels.UsageLogManagement, content.UsageLogManagement),
                ]),
                LetterParts.Row(rows.Legal, TextStyle.Label, [Para.Body(content.LegalCompliance)]),
            ]));

        // 別紙添付による報告: the sheets the answers name, each identifiable by its hash.
        if (content.Attachments.Count > 0)
        {
            composer.Space(6);
            composer.Paragraph(new Para(DocumentText.Form.Attachments, TextStyle.Label, SpaceAfter: 2));
            foreach (var file in content.Attachments)
            {
                composer.Paragraph(new Para($"{file.FileName}（{file.SizeText}、SHA-256 {file.ShortHash}）", TextStyle.Small, Marker: "・", MarkerWidth: 10));
            }
        }

        composer.Space(14);
        composer.EnsureSpace(120);
        composer.Paragraph(Numbered(text.Part2Title, TextStyle.Heading) with { SpaceAfter = 2 });
        composer.Paragraph(new Para(text.Part2Lead, TextStyle.Body, SpaceAfter: 4));

        var checklist = model.Guideline.ChecklistItems
            .OrderBy(i => i.Number)
            .Select(item => new TableRow(
            [
                TableCell.Text(content.IsTicked(item.Number) ? DocumentText.ChecklistMark : "", TextStyle.Heading, align: Align.Center),
                TableCell.Of(new Para(item.Text, TextStyle.Body, Marker: item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), MarkerWidth: 18)),
            ]))
            .ToList();
        composer.Table(new TableSpec(
            [0.09, 0.91],
            new TableRow([TableCell.Text(text.Labels.TickHeader, TextStyle.Label, true, Align.Center), TableCell.Text(text.Part2Heading, TextStyle.Label, true, Align.Center)]),
            checklist));

        LetterParts.End(composer);
        composer.Paragraph(new Para($"{model.Guideline.Title}　{model.Guideline.Version}", TextStyle.Caption, Align.Right, SpaceBefore: 4));
    }

    /// <summary>"4 生成 AI …": the form's own number becomes a hanging marker so a wrapped heading aligns with its text.</summary>
    private static Para Numbered(string heading, TextStyle style)
    {
        var space = heading.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && heading[..space].All(char.IsAsciiDigit)
            ? new Para(heading[(space + 1)..], style, Marker: heading[..space], MarkerWidth: style.Size * 1.2)
            : new Para(heading, style);
    }

    private static TableRow SignatureRow(string label, string value, TextStyle labelStyle) =>
        new([TableCell.Text(label, labelStyle), TableCell.Text(value, TextStyle.Body)]);

    private static void Item(PdfComposer composer, string heading, string body)
    {
        composer.Paragraph(Numbered(heading, TextStyle.Heading) with { SpaceBefore = 6, SpaceAfter = 2, Balance = true });
        composer.Paragraph(new Para(body, TextStyle.Body, Indent: ItemIndent));
    }

    /// <summary>"・label：answer" with continuation lines hanging under the label, not under the bullet.</summary>
    private static Para Answer(string label, string answer) =>
        new(label.TrimStart('・') + answer, TextStyle.Body, Marker: "・", MarkerWidth: TextStyle.Body.Size);

    private static List<Para> Services(IReadOnlyList<AiServiceUse> services, RequestFormLabels labels)
    {
        var paras = new List<Para>();
        for (var i = 0; i < services.Count; i++)
        {
            var service = services[i];
            if (services.Count > 1)
            {
                paras.Add(new Para($"【サービス{i + 1}】", TextStyle.Label, SpaceBefore: i == 0 ? 0 : 4));
            }

            paras.Add(Answer(labels.ServiceKinds, ""));
            paras.Add(new Para(DocumentText.ModalityChoices(service, labels.Modalities), TextStyle.Body, Indent: TextStyle.Body.Size));
            paras.Add(Answer(labels.ServiceName, service.ServiceName));
            paras.Add(Answer(labels.Provider, service.Provider));
            paras.Add(Answer(labels.TermsOfUse, service.TermsOfUse));
        }

        return paras;
    }

    /// <summary>(3) is answered per service that uses a modality other than text or voice; otherwise both boxes stay empty.</summary>
    private static List<Para> Provenance(IReadOnlyList<AiServiceUse> services, RequestFormPart1Rows rows)
    {
        var asked = services.Where(s => s.NeedsProvenance).ToList();
        var paras = new List<Para>();
        if (asked.Count == 0)
        {
            paras.Add(Choice(false, rows.ProvenanceCurated));
            paras.Add(Choice(false, rows.ProvenanceNotCurated));
            paras.Add(new Para(DocumentText.Form.ProvenanceNotAsked, TextStyle.Small));
            return paras;
        }

        foreach (var service in asked)
        {
            if (asked.Count > 1 || services.Count > 1)
            {
                paras.Add(new Para($"【{service.ServiceName}】", TextStyle.Label, SpaceBefore: paras.Count == 0 ? 0 : 4));
            }

            paras.Add(Choice(service.Provenance == TrainingDataProvenance.Curated, rows.ProvenanceCurated));
            paras.Add(Choice(service.Provenance == TrainingDataProvenance.NotCuratedOrUnknown, rows.ProvenanceNotCurated));
        }

        return paras;
    }

    private static Para Choice(bool ticked, string label) =>
        new(label, TextStyle.Body, Marker: DocumentText.Tick(ticked), MarkerWidth: 13);
}
