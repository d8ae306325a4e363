using UglyToad.PdfPig;

namespace ContractorAiReview.UnitTests.Documents;

/// <summary>Reads a rendered PDF back as text. Extraction may add or drop spaces and line breaks, so comparisons ignore whitespace.</summary>
internal sealed class PdfText
{
    private PdfText(IReadOnlyList<string> pages, IReadOnlyList<string> fontNames, string? title)
    {
        Pages = pages;
        FontNames = fontNames;
        Title = title;
    }

    /// <summary>Each page's text in drawing order, whitespace removed.</summary>
    public IReadOnlyList<string> Pages { get; }

    public IReadOnlyList<string> FontNames { get; }

    public string? Title { get; }

    public string All => string.Concat(Pages);

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<string>();
        var fonts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in document.GetPages())
        {
            pages.Add(Normalize(page.Text));
            foreach (var letter in page.Letters)
            {
                fonts.Add(letter.FontName ?? "");
            }
        }

        return new PdfText(pages, [.. fonts], document.Information.Title);
    }

    public static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public void AssertContains(string expected) => Assert.Contains(Normalize(expected), All);
}
