using ContractorAiReview.Documents.Layouts;

namespace ContractorAiReview.Documents;

/// <summary>
/// Renders the official documents the system issues, as PDF (PDFsharp). Stateless and thread-safe: every call builds
/// its own document; fonts are embedded in this assembly (IPAex) so output is the same on every machine.
/// </summary>
public sealed class PdfDocumentRenderer
{
    /// <summary>確認通知書: the department's confirmation of a request, as a PDF.</summary>
    public byte[] RenderConfirmationNotice(ConfirmationNoticeModel notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return DocumentMetrics.Measure("ConfirmationNotice", () => ConfirmationNoticeLayout.Render(notice));
    }

    /// <summary>生成AI利用に関する確認依頼書: the filed request in the guideline's official layout (cover page and attached sheet).</summary>
    public byte[] RenderConfirmationRequestForm(ConfirmationRequestFormModel form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return DocumentMetrics.Measure("ConfirmationRequestForm", () => ConfirmationRequestFormLayout.Render(form));
    }

    /// <summary>修正依頼: a request returned to the contractor with the reasons, overall and per item.</summary>
    public byte[] RenderReturnNotice(ReturnNoticeModel notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return DocumentMetrics.Measure("ReturnNotice", () => ReturnNoticeLayout.Render(notice));
    }

    /// <summary>生成AI利用に関する特記仕様書 for one contract, worded by the guideline version attached to it.</summary>
    public byte[] RenderSpecialSpecification(SpecialSpecificationModel specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return DocumentMetrics.Measure("SpecialSpecification", () => SpecialSpecificationLayout.Render(specification));
    }

    /// <summary>成果物としての利用の同意 (rule 3): the department's decision on using a generated deliverable.</summary>
    public byte[] RenderDeliverableConsent(DeliverableConsentModel consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return DocumentMetrics.Measure("DeliverableConsent", () => DeliverableConsentLayout.Render(consent));
    }

    /// <summary>確認の取消しについて（通知）: the department revokes a confirmation, with its reason.</summary>
    public byte[] RenderRevocationNotice(RevocationNoticeModel notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return DocumentMetrics.Measure("RevocationNotice", () => RevocationNoticeLayout.Render(notice));
    }
}
