using ContractorAiReview.Documents.Composition;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Documents.Layouts;

/// <summary>確認通知書: one page telling the contractor which request, for which contract and services, is confirmed.</summary>
internal static class ConfirmationNoticeLayout
{
    public const string Title = "生成AI利用に関する確認通知書";

    public static byte[] Render(ConfirmationNoticeModel model)
    {
        using var composer = LetterParts.Open(new Letterhead(
            Title, model.Municipality, model.DepartmentName, $"確認通知書　{model.RequestNumber}", model.Stamp, model.ConfirmedOn,
            model.ContractorName, model.RepresentativeTitleAndName, model.OfficerName, model.DepartmentContact, model.OfficerTitle));

        composer.Paragraph(new Para(
            $"　{DocumentText.Date(model.RequestedOn)}付けで依頼のあった生成AI利用に関する確認依頼（確認依頼番号 {model.RequestNumber}）について、下記のとおり確認しました。",
            TextStyle.Body));
        LetterParts.NoteMark(composer);

        var kind = model.RequestKind == RequestKind.Change && model.AmendedRequestNumber is not null
            ? $"{DocumentText.Kind(model.RequestKind)}（変更前の確認依頼番号 {model.AmendedRequestNumber}）"
            : DocumentText.Kind(model.RequestKind);

        LetterParts.KeyValueTable(composer,
        [
            LetterParts.Row("確認依頼番号", model.RequestNumber),
            LetterParts.Row("区分", kind),
            LetterParts.Row("契約又は指定管理名称", model.ContractName),
            LetterParts.Row("締結年度・種別", $"{DocumentText.FiscalYear(model.ContractFiscalYear)}　{DocumentText.ContractKind(model.ContractKind)}"),
            LetterParts.Row("受注者又は指定管理者", model.ContractorName, model.ContractorAddress),
            LetterParts.Row("利用する生成AIサービス", Services(model.Services, model.Guideline.RequestForm.Labels.Modalities)),
            LetterParts.Row("確認の条件", Conditions(model.Conditions)),
            LetterParts.Row("適用ガイドライン", $"{model.Guideline.Title}　{model.Guideline.Version}"),
        ]);

        LetterParts.End(composer);
        LetterParts.Stamp(composer, model.Stamp);
        return composer.Finish();
    }

    private static List<Para> Services(IReadOnlyList<AiServiceUse> services, RequestFormModalities kinds)
    {
        var paras = new List<Para>();
        for (var i = 0; i < services.Count; i++)
        {
            var service = services[i];
            var marker = services.Count > 1 ? $"{i + 1}." : null;
            paras.Add(new Para($"{service.ServiceName}（提供元：{service.Provider}）", TextStyle.Body, Marker: marker, MarkerWidth: marker is null ? 0 : 18,
                SpaceBefore: i == 0 ? 0 : 3));
            var indent = marker is null ? 0 : 18;
            paras.Add(new Para($"種類：{DocumentText.ChosenModalities(service, kinds)}", TextStyle.Small, Indent: indent));
            paras.Add(new Para($"利用規約：{service.TermsOfUse}", TextStyle.Small, Indent: indent));
        }

        return paras;
    }

    private static List<Para> Conditions(IReadOnlyList<string> conditions) =>
        conditions.Count == 0
            ? [new Para("なし", TextStyle.Body)]
            : conditions.Select(c => new Para(c, TextStyle.Body, Marker: "・", MarkerWidth: 10.5)).ToList();
}
