using PdfSharp;
using PdfSharp.Fonts;

namespace ContractorAiReview.Documents.Fonts;

/// <summary>
/// PDFsharp's process-wide settings: the AGPL licence choice and the font resolver, which can be set only
/// once per process. The web app, the tests and the benchmarks all render from several threads, so the
/// first renderer call does it under a lock.
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static volatile bool _configured;

    public static void EnsureConfigured()
    {
        if (_configured)
        {
            return;
        }

        lock (Gate)
        {
            if (_configured)
            {
                return;
            }

            // PDFsharp 6.5 is used under AGPL-3.0-only; without choosing a licence it throws.
            PdfSharpLicense.SetAgplLicense();
            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = EmbeddedFontResolver.Instance;
            }
            else if (!ReferenceEquals(current, EmbeddedFontResolver.Instance))
            {
                throw new InvalidOperationException(
                    "Another PDFsharp font resolver is already set in this process; the documents need the embedded IPAex fonts.");
            }

            _configured = true;
        }
    }
}
