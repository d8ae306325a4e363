using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Documents.Layouts;

/// <summary>
/// Wording the documents need that is not official guideline text: the system's own notices and marks.
/// Official wording, the form's sub-labels included, always comes from the Guideline model (templates/).
/// </summary>
internal static class DocumentText
{
    public const string Ticked = "■";
    public const string Unticked = "□";
    public const string ChecklistMark = "〇";
    public const string Note = "記";
    public const string End = "以上";
    public const string Honorific = "様";

    /// <summary>The blanks of the paper form, and the system's own notes on it (not on the paper original).</summary>
    public static class Form
    {
        public const string BlankDate = "令和　　年　　月　　日";
        public const string BlankCompany = "　　　　　　";

        public const string AmendedRequest = "変更前の確認依頼番号";
        public const string ChangeDescription = "変更内容";
        public const string ChangeReason = "変更理由";
        public const string ProvenanceNotAsked = "（①文章・②音声のみのため該当なし）";
        public const string RequestNumber = "確認依頼番号";
        public const string Attachments = "別紙（添付ファイル）";
    }

    public static string Date(DateOnly date) => JapaneseDate.FormatDate(date);

    public static string FiscalYear(int startYear) => JapaneseDate.FormatFiscalYear(startYear);

    public static string ContractKind(ContractKind kind) =>
        kind == Domain.Contracts.ContractKind.DesignatedManagement ? "指定管理の協定" : "契約";

    public static string Kind(RequestKind kind) => kind == RequestKind.Change ? "変更" : "新規";

    /// <summary>The chosen modalities only, e.g. "①文章、⑤その他（議事録要約）".</summary>
    public static string ChosenModalities(AiServiceUse service, RequestFormModalities labels)
    {
        var chosen = AiModalities.InFormOrder.Where(service.Has).Select(m => ModalityLabel(service, m, labels.Of(m))).ToList();
        return chosen.Count == 0 ? "（未選択）" : string.Join("、", chosen);
    }

    /// <summary>All five choices with tick boxes, as the form prints them.</summary>
    public static string ModalityChoices(AiServiceUse service, RequestFormModalities labels) =>
        string.Join("　", AiModalities.InFormOrder.Select(m =>
            (service.Has(m) ? Ticked : Unticked) + ModalityLabel(service, m, labels.Of(m), blankOther: true)));

    public static string Tick(bool ticked) => ticked ? Ticked : Unticked;

    private static string ModalityLabel(AiServiceUse service, AiModality modality, string label, bool blankOther = false)
    {
        if (modality != AiModality.Other)
        {
            return label;
        }

        var other = string.IsNullOrWhiteSpace(service.OtherModality) ? (blankOther ? "　　　" : "") : service.OtherModality.Trim();
        return other.Length == 0 ? label : $"{label}（{other}）";
    }
}
