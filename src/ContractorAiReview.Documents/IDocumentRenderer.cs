using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Documents;

/// <summary>Renders the official documents the system issues. One implementation, PDFsharp; a seam so the web app can be tested without it.</summary>
public interface IDocumentRenderer
{
    /// <summary>確認通知書: the department's confirmation of a request, as a PDF.</summary>
    byte[] RenderConfirmationNotice(ConfirmationNoticeModel notice);
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
    string GuidelineTitle,
    string GuidelineVersion,
    DocumentStamp? Stamp = null);

/// <summary>How an issued document can be verified later: its number, a short code and where to check it.</summary>
public sealed record DocumentStamp(string DocumentNumber, string VerificationCode, string VerificationUrl);
