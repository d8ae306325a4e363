using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Documents;

/// <summary>
/// The filed 確認依頼書 as the contractor wrote it. <see cref="Guideline"/> is the version the request was filed
/// under: all official wording comes from it. <see cref="RequestedOn"/> is null for a draft printed before filing
/// (the date is then left blank, as on the paper form).
/// </summary>
public sealed record ConfirmationRequestFormModel(
    string RequestNumber,
    RequestKind RequestKind,
    DateOnly? RequestedOn,
    string DepartmentName,
    string ContractName,
    ContractKind ContractKind,
    int ContractFiscalYear,
    RequestContent Content,
    Guideline Guideline,
    string? AmendedRequestNumber = null,
    DocumentStamp? Stamp = null);

/// <summary>修正依頼: why a request goes back to the contractor and, optionally, by when to resubmit it.</summary>
public sealed record ReturnNoticeModel(
    string RequestNumber,
    DateOnly RequestedOn,
    string ContractName,
    ContractKind ContractKind,
    int ContractFiscalYear,
    string ContractorName,
    string RepresentativeTitleAndName,
    string DepartmentName,
    string OfficerName,
    DateOnly ReturnedOn,
    string Reason,
    IReadOnlyList<ItemReason> ItemReasons,
    DateOnly? ResubmitBy = null,
    DocumentStamp? Stamp = null,
    string Municipality = "大阪市",
    string? DepartmentContact = null,
    string OfficerTitle = "担当");

/// <summary>One item of the form the department asks to change, e.g. ("(2) 生成AIサービス名称、提供元", "…").</summary>
public sealed record ItemReason(string Item, string Reason);

/// <summary>The special specification procurement attaches to one contract or designated-management agreement.</summary>
public sealed record SpecialSpecificationModel(
    string ContractName,
    ContractKind ContractKind,
    int ContractFiscalYear,
    string DepartmentName,
    Guideline Guideline,
    string? ContractorName = null,
    DocumentStamp? Stamp = null);

/// <summary>
/// The department's decision under rule 3 on using, as a deliverable, what an image or video service whose training
/// data is not curated (or unknown) generated: what the deliverable is, the similarity check the contractor did,
/// and whether the department consents.
/// </summary>
public sealed record DeliverableConsentModel(
    string RequestNumber,
    string ContractName,
    ContractKind ContractKind,
    int ContractFiscalYear,
    string ContractorName,
    string RepresentativeTitleAndName,
    AiServiceUse Service,
    string Deliverable,
    string SimilarityCheck,
    bool Consented,
    DateOnly DecidedOn,
    string DepartmentName,
    string OfficerName,
    Guideline Guideline,
    string? Conditions = null,
    DocumentStamp? Stamp = null,
    string? DepartmentContact = null);

/// <summary>
/// The department's notice that it revoked a confirmation (取消): which request and notice, from when, and why.
/// </summary>
public sealed record RevocationNoticeModel(
    string RequestNumber,
    string NoticeNumber,
    DateOnly ConfirmedOn,
    string ContractName,
    ContractKind ContractKind,
    int ContractFiscalYear,
    string ContractorName,
    string RepresentativeTitleAndName,
    string DepartmentName,
    string OfficerName,
    string OfficerTitle,
    DateOnly RevokedOn,
    string Reason,
    DocumentStamp? Stamp = null,
    string Municipality = "大阪市",
    string? DepartmentContact = null);

/// <summary>What the confirmation notice states. Dates are Japan dates; the renderer writes them in the era.</summary>
public sealed record ConfirmationNoticeModel(
    string RequestNumber,
    RequestKind RequestKind,
    string? AmendedRequestNumber,
    DateOnly RequestedOn,
    string ContractName,
    ContractKind ContractKind,
    int ContractFiscalYear,
    string ContractorName,
    string ContractorAddress,
    string RepresentativeTitleAndName,
    string DepartmentName,
    string OfficerName,
    DateOnly ConfirmedOn,
    IReadOnlyList<AiServiceUse> Services,
    IReadOnlyList<string> Conditions,
    Guideline Guideline,
    DocumentStamp? Stamp = null,
    string Municipality = "大阪市",
    string? DepartmentContact = null,
    string OfficerTitle = "担当");

/// <summary>How an issued document can be verified later: its number, a short code and where to check it.</summary>
public sealed record DocumentStamp(string DocumentNumber, string VerificationCode, string VerificationUrl);
