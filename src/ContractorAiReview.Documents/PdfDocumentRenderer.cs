namespace ContractorAiReview.Documents;

// TEMPORARY placeholder until the documents branch is merged.
public sealed class PdfDocumentRenderer : IDocumentRenderer
{
    public byte[] RenderConfirmationNotice(ConfirmationNoticeModel notice) => "%PDF-1.4 placeholder"u8.ToArray();
}
