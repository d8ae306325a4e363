using System.IO.Compression;
using System.Text;

namespace ContractorAiReview.Tests.Shared;

/// <summary>
/// Small real files of each kind a request may attach, and some it may not, built here byte for byte: the one source of
/// sample files for the sniffer's unit tests and the upload tests.
/// </summary>
public static class SampleFiles
{
    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01];

    /// <summary>A Word package: [Content_Types].xml and word/document.xml in a ZIP.</summary>
    public static byte[] Docx => Package("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");

    /// <summary>An Excel package: [Content_Types].xml and xl/workbook.xml in a ZIP.</summary>
    public static byte[] Xlsx => Package("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");

    /// <summary>A ZIP that is no Office document.</summary>
    public static byte[] PlainZip => Zip(("notes.txt", "not an office document"));

    /// <summary>A Windows program's header (MZ), as a file renamed to .pdf would carry.</summary>
    public static byte[] Program => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    /// <summary>ZIP's signature followed by nothing a ZIP reader accepts.</summary>
    public static byte[] BrokenZip => [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02, 0x03];

    private static byte[] Package(string part, string xml) =>
        Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"), (part, xml));

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}
