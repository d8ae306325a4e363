using ContractorAiReview.Documents.Layouts;

namespace ContractorAiReview.Documents;

/// <summary>
/// The PDFsharp implementation of <see cref="IDocumentRenderer"/>. Stateless and thread-safe: every call builds
/// its own document; fonts are embedded in this assembly (IPAex) so output is the same on every machine.
/// </summary>
public sealed class PdfDocumentRenderer : IDocumentRenderer
{
    public byte[] RenderConfirmationNotice(ConfirmationNoticeModel notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return ConfirmationNoticeLayout.Render(notice);
    }

    public byte[] RenderConfirmationRequestForm(ConfirmationRequestFormModel form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ConfirmationRequestFormLayout.Render(form);
    }

    public byte[] RenderReturnNotice(ReturnNoticeModel notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return ReturnNoticeLayout.Render(notice);
    }

    public byte[] RenderSpecialSpecification(SpecialSpecificationModel specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return SpecialSpecificationLayout.Render(specification);
    }

    public byte[] RenderDeliverableConsent(DeliverableConsentModel consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return DeliverableConsentLayout.Render(consent);
    }

    public byte[] RenderRevocationNotice(RevocationNoticeModel notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return RevocationNoticeLayout.Render(notice);
    }
}
