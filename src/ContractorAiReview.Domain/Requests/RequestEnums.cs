namespace ContractorAiReview.Domain.Requests;

/// <summary>区分: 新規 (use on new work) or 変更 (change to confirmed work).</summary>
public enum RequestKind
{
    New = 0,
    Change = 1,
}

/// <summary>生成AIの種類 ①文章 ②音声 ③画像 ④動画 ⑤その他; several may apply to one service.</summary>
[Flags]
public enum AiModality
{
    None = 0,
    Text = 1,
    Voice = 2,
    Image = 4,
    Video = 8,
    Other = 16,
}

public static class AiModalities
{
    /// <summary>The kinds in the form's order, ①文章 to ⑤その他.</summary>
    public static readonly IReadOnlyList<AiModality> InFormOrder =
        [AiModality.Text, AiModality.Voice, AiModality.Image, AiModality.Video, AiModality.Other];
}

/// <summary>The answer the form asks when a modality other than text or voice is used.</summary>
public enum TrainingDataProvenance
{
    /// <summary>選別したコンテンツのみを学習に利用しているサービス.</summary>
    Curated = 1,
    /// <summary>該当しない又は該当するかも不明のサービス.</summary>
    NotCuratedOrUnknown = 2,
}

public enum RequestStatus
{
    /// <summary>下書き: being written by the contractor.</summary>
    Draft = 0,
    /// <summary>確認依頼中: filed, waiting for the department.</summary>
    Submitted = 1,
    /// <summary>差戻し: returned to the contractor with reasons.</summary>
    Returned = 2,
    /// <summary>確認済.</summary>
    Confirmed = 3,
    /// <summary>変更確認済により失効: a confirmed change request replaced it.</summary>
    Superseded = 4,
    /// <summary>取下げ: the contractor withdrew it before a decision; read-only, kept in the history.</summary>
    Withdrawn = 5,
    /// <summary>停止中: the department suspended the confirmation (e.g. while a breach is looked into); it may resume it.</summary>
    Suspended = 6,
    /// <summary>取消: the department revoked the confirmation (e.g. a rule was broken); final.</summary>
    Revoked = 7,
}

public enum RequestTrigger
{
    Edit,
    Submit,
    Return,
    Resubmit,
    Confirm,
    Supersede,
    Withdraw,
    /// <summary>An officer or approver takes the task at the current step (引受け).</summary>
    Claim,
    /// <summary>The holder gives the task back to the department's unassigned tasks.</summary>
    Release,
    /// <summary>Someone of the department hands the task to another member (不在・代理), with a reason.</summary>
    Reassign,
    /// <summary>The holder passes the request to the route's next step (e.g. 担当 to 課長 for 決裁).</summary>
    Forward,
    /// <summary>An approver sends the request back to the previous step inside the office, with a reason the contractor does not see.</summary>
    SendBack,
    Suspend,
    Resume,
    Revoke,
}

public static class RequestTriggers
{
    /// <summary>The department's decisions on a filed request (確認 / 差戻し).</summary>
    public static readonly IReadOnlyList<RequestTrigger> Decisions = [RequestTrigger.Confirm, RequestTrigger.Return];

    /// <summary>The contractor's filings that put a request before the department (提出 / 再提出).</summary>
    public static readonly IReadOnlyList<RequestTrigger> Filings = [RequestTrigger.Submit, RequestTrigger.Resubmit];

    /// <summary>
    /// Moves inside the office: who holds the task and at which step. The contractor's history leaves them out (an
    /// internal send-back's reason is the office's own).
    /// </summary>
    public static readonly IReadOnlyList<RequestTrigger> OfficeOnly =
        [RequestTrigger.Claim, RequestTrigger.Release, RequestTrigger.Reassign, RequestTrigger.Forward, RequestTrigger.SendBack];

    /// <summary>What the department may do to a confirmation afterwards (停止 / 再開 / 取消), each with a reason.</summary>
    public static readonly IReadOnlyList<RequestTrigger> Sanctions = [RequestTrigger.Suspend, RequestTrigger.Resume, RequestTrigger.Revoke];
}
