using ContractorAiReview.Documents.Composition;

namespace ContractorAiReview.Documents.Layouts;

/// <summary>確認の取消し: the department tells the contractor that a confirmation no longer stands, and why.</summary>
internal static class RevocationNoticeLayout
{
    public const string Title = "生成AI利用に関する確認の取消しについて（通知）";

    public static byte[] Render(RevocationNoticeModel model)
    {
        using var composer = LetterParts.Open(new Letterhead(
            Title, model.Municipality, model.DepartmentName, $"確認取消通知　{model.RequestNumber}", model.Stamp, model.RevokedOn,
            model.ContractorName, model.RepresentativeTitleAndName, model.OfficerName, model.DepartmentContact, model.OfficerTitle));

        composer.Paragraph(new Para(
            $"　{DocumentText.Date(model.ConfirmedOn)}付けで確認した生成AI利用に関する確認依頼（確認依頼番号 {model.RequestNumber}）について、" +
            "下記の理由により確認を取り消します。取消しの日以後、当該確認に基づいて生成AIを本業務に利用することはできません。" +
            "引き続き利用を希望する場合は、改めて確認依頼をしてください。",
            TextStyle.Body));
        LetterParts.NoteMark(composer);

        LetterParts.KeyValueTable(composer,
        [
            LetterParts.Row("確認依頼番号", model.RequestNumber),
            LetterParts.Row("取り消す確認通知書", model.NoticeNumber),
            LetterParts.Row("契約又は指定管理名称", model.ContractName),
            LetterParts.Row("締結年度・種別", $"{DocumentText.FiscalYear(model.ContractFiscalYear)}　{DocumentText.ContractKind(model.ContractKind)}"),
            LetterParts.Row("取消しの日", DocumentText.Date(model.RevokedOn)),
            LetterParts.Row("取消しの理由", model.Reason),
        ]);

        LetterParts.End(composer);
        LetterParts.Stamp(composer, model.Stamp);
        return composer.Finish();
    }
}
