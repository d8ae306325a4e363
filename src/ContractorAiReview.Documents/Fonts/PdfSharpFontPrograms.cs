using System.Reflection;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace ContractorAiReview.Documents.Fonts;

/// <summary>
/// PDFsharp embeds each font while saving (PdfFontDescriptor.PrepareForSave): a subset that still carries the
/// loca and hmtx entries and hints of all ~12,000 IPAex glyphs, about 300 KB per document to build, write and scan,
/// which <see cref="SavedPdfRewriter"/> then replaces with the compacted program anyway. Marking the descriptors of
/// the IPAex faces as already prepared makes PDFsharp leave the program out; the rewriter embeds it.
/// </summary>
/// <remarks>
/// This sets a private field of PDFsharp 6.5 (<c>PdfFontDescriptor._prepared</c>). Should a later version drop or
/// rename it, nothing is marked and PDFsharp embeds its own subset, which the rewriter compacts as before.
/// </remarks>
internal static class PdfSharpFontPrograms
{
    private static readonly FieldInfo? Prepared =
        typeof(PdfFontDescriptor).GetField("_prepared", BindingFlags.Instance | BindingFlags.NonPublic) is { } field &&
        field.FieldType == typeof(bool)
            ? field
            : null;

    public static void LeaveToRewriter(PdfDocument document)
    {
        if (Prepared is null)
        {
            return;
        }

        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfFontDescriptor descriptor && descriptor.Elements.GetName("/FontName") is { } name &&
                EmbeddedFontResolver.Source(name[(name.IndexOf('+', StringComparison.Ordinal) + 1)..]) is not null)
            {
                Prepared.SetValue(descriptor, true);
            }
        }
    }
}
