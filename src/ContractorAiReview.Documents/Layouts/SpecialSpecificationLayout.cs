using System.Globalization;
using ContractorAiReview.Documents.Composition;

namespace ContractorAiReview.Documents.Layouts;

/// <summary>生成AI利用に関する特記仕様書 for one contract: the guideline's preamble and numbered clauses, quoted as they are.</summary>
internal static class SpecialSpecificationLayout
{
    public static byte[] Render(SpecialSpecificationModel model)
    {
        var guideline = model.Guideline;
        var specification = guideline.SpecialSpecification;
        using var composer = new PdfComposer(new PageFrame(
            specification.Title,
            guideline.Municipality + model.DepartmentName,
            $"{guideline.Municipality}　{model.DepartmentName}",
            $"{DocumentText.ContractKind(model.ContractKind)}　{model.ContractName}",
            model.Stamp));

        composer.Paragraph(new Para(specification.Title, TextStyle.Title, Align.Center, SpaceAfter: 10));

        var rows = new List<TableRow>
        {
            LetterParts.Row("契約又は指定管理名称", model.ContractName),
            LetterParts.Row("締結年度・種別", $"{DocumentText.FiscalYear(model.ContractFiscalYear)}　{DocumentText.ContractKind(model.ContractKind)}"),
            LetterParts.Row("発注者（業務所管部署）", guideline.Municipality + model.DepartmentName),
        };
        if (model.ContractorName is not null)
        {
            rows.Add(LetterParts.Row("受注者又は指定管理者", model.ContractorName));
        }

        LetterParts.KeyValueTable(composer, rows);
        composer.Space(10);

        // Tighter than letters so the usual 14 clauses fit on one page with the contract table and the verification stamp.
        var body = new TextStyle(Face.Mincho, 9.5, 1.36);
        composer.Paragraph(new Para("　" + specification.Preamble, body, SpaceAfter: 8));
        composer.Paragraph(new Para(specification.RulesHeading, TextStyle.Heading, Align.Center, SpaceAfter: 6));

        for (var i = 0; i < specification.Clauses.Count; i++)
        {
            composer.Paragraph(new Para(
                specification.Clauses[i],
                body,
                Marker: (i + 1).ToString(CultureInfo.InvariantCulture),
                MarkerWidth: 17,
                SpaceAfter: 2));
        }

        // The preamble already names the guideline and its version.
        LetterParts.End(composer);
        LetterParts.Stamp(composer, model.Stamp);
        return composer.Finish();
    }
}
