using ContractorAiReview.Documents.Composition;

namespace ContractorAiReview.Documents.Layouts;

/// <summary>修正依頼: the request goes back to the contractor with the department's reasons, overall and per item.</summary>
internal static class ReturnNoticeLayout
{
    public const string Title = "生成AI利用に関する確認依頼の修正について（依頼）";

    public static byte[] Render(ReturnNoticeModel model)
    {
        using var composer = LetterParts.Open(new Letterhead(
            Title, model.Municipality, model.DepartmentName, $"修正依頼　{model.RequestNumber}", model.Stamp, model.ReturnedOn,
            model.ContractorName, model.RepresentativeTitleAndName, model.OfficerName, model.DepartmentContact, model.OfficerTitle));

        var deadline = model.ResubmitBy is { } by ? $"{DocumentText.Date(by)}までに" : "";
        composer.Paragraph(new Para(
            $"　{DocumentText.Date(model.RequestedOn)}付けで依頼のあった生成AI利用に関する確認依頼（確認依頼番号 {model.RequestNumber}）について、" +
            $"下記の理由により確認することができません。内容を修正のうえ、{deadline}改めて確認依頼をしてください。",
            TextStyle.Body));
        LetterParts.NoteMark(composer);

        var rows = new List<Composition.TableRow>
        {
            LetterParts.Row("確認依頼番号", model.RequestNumber),
            LetterParts.Row("契約又は指定管理名称", model.ContractName),
            LetterParts.Row("締結年度・種別", $"{DocumentText.FiscalYear(model.ContractFiscalYear)}　{DocumentText.ContractKind(model.ContractKind)}"),
            LetterParts.Row("修正を求める理由", model.Reason),
        };
        if (model.ResubmitBy is { } resubmitBy)
        {
            rows.Add(LetterParts.Row("再提出の期限", DocumentText.Date(resubmitBy)));
        }

        LetterParts.KeyValueTable(composer, rows);

        if (model.ItemReasons.Count > 0)
        {
            composer.Space(12);
            composer.Paragraph(new Para("項目ごとの修正内容", TextStyle.Heading, SpaceAfter: 4));
            composer.Table(new TableSpec(
                [0.06, 0.3, 0.64],
                new TableRow(
                [
                    TableCell.Text("No.", TextStyle.Label, true, Align.Center),
                    TableCell.Text("項目", TextStyle.Label, true, Align.Center),
                    TableCell.Text("修正を求める内容", TextStyle.Label, true, Align.Center),
                ]),
                model.ItemReasons.Select((item, i) => new TableRow(
                [
                    TableCell.Text((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), TextStyle.Body, align: Align.Center),
                    TableCell.Text(item.Item, TextStyle.Body),
                    TableCell.Text(item.Reason, TextStyle.Body),
                ])).ToList()));
        }

        LetterParts.End(composer);
        LetterParts.Stamp(composer, model.Stamp);
        return composer.Finish();
    }
}
