using System.IO.Compression;

namespace ContractorAiReview.Domain.Requests;

/// <summary>The kinds of file a request may attach (別紙添付による報告): read from the file's content, never its name.</summary>
public enum AttachmentKind
{
    Pdf = 1,
    Word = 2,
    Excel = 3,
    Png = 4,
    Jpeg = 5,
}

/// <summary>
/// One attached sheet as the answers name it: what the contractor called it, its kind, size and SHA-256. The file
/// itself is stored once, apart from the answers; a filing's snapshot holds this reference, so the journal's hash of
/// the filing covers the attachment's hash too.
/// </summary>
public sealed record AttachmentRef(Guid Id, string FileName, AttachmentKind Kind, long Size, string Sha256)
{
    /// <summary>The first 12 hex digits of the SHA-256, as printed on the form.</summary>
    public string ShortHash => Sha256.Length > 12 ? Sha256[..12] : Sha256;

    /// <summary>The size as the form and the screens write it: 1.4 MB, 35 KB.</summary>
    public string SizeText => Size >= 1024 * 1024 ? $"{Size / (1024.0 * 1024.0):0.#} MB" : $"{Math.Max(1, Size / 1024)} KB";
}

/// <summary>
/// Tells a file's kind from its bytes: the PDF header, the PNG and JPEG signatures, and for Word and Excel the Office
/// Open XML package (a ZIP holding [Content_Types].xml and word/document.xml or xl/workbook.xml). A renamed program or
/// an older binary Office file is none of these.
/// </summary>
public static class AttachmentKinds
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static AttachmentKind? Detect(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = content.AsSpan();
        if (head.StartsWith(PdfMagic))
        {
            return AttachmentKind.Pdf;
        }

        if (head.StartsWith(PngMagic))
        {
            return AttachmentKind.Png;
        }

        if (head.StartsWith(JpegMagic))
        {
            return AttachmentKind.Jpeg;
        }

        return head.StartsWith(ZipMagic) ? OfficeKindOf(content) : null;
    }

    private static AttachmentKind? OfficeKindOf(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? AttachmentKind.Word
                : names.Contains("xl/workbook.xml") ? AttachmentKind.Excel
                : null;
        }
        catch (InvalidDataException)
        {
            return null; // ZIP magic, but not a readable archive
        }
    }
}
