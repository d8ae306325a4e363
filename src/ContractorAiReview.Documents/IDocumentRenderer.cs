using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Documents;

/// <summary>Renders the official documents the system issues. One implementation, PDFsharp; a seam so the web app can be tested without it.</summary>
public interface IDocumentRenderer
{
    /// <summary>確認通知書: the department's confirmation of a request, as a PDF.</summary>
    byte[] RenderConfirmationNotice(ConfirmationNoticeModel notice);

    /// <summary>生成AI利用に関する確認依頼書: the filed request in the guideline's official layout (cover page and attached sheet).</summary>
    byte[] RenderConfirmationRequestForm(ConfirmationRequestFormModel form);

    /// <summary>修正依頼: a request returned to the contractor with the reasons, overall and per item.</summary>
    byte[] RenderReturnNotice(ReturnNoticeModel notice);

    /// <summary>生成AI利用に関する特記仕様書 for one contract, worded by the guideline version attached to it.</summary>
    byte[] RenderSpecialSpecification(SpecialSpecificationModel specification);

    /// <summary>成果物としての利用の同意 (rule 3): the department's decision on using a generated deliverable.</summary>
    byte[] RenderDeliverableConsent(DeliverableConsentModel consent);

    /// <summary>確認の取消しについて（通知）: the department revokes a confirmation, with its reason.</summary>
    byte[] RenderRevocationNotice(RevocationNoticeModel notice);
}

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
