using System.Text;
using MiniExcelLibs;

namespace ContractorAiReview.Web.Contracts;

/// <summary>
/// A list as CSV (UTF-8 with BOM, so Excel opens it as such) or .xlsx. A cell starting with = + - @, a tab or a
/// carriage return is prefixed with an apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
/// </summary>
public static class ContractExport
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string? cell) =>
        string.IsNullOrEmpty(cell) || Array.IndexOf(FormulaStarts, cell[0]) < 0 ? cell ?? "" : "'" + cell;

    public static byte[] ToCsv(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(headers))
        {
            text.AppendJoin(',', row.Select(cell => Quote(Neutralise(cell)))).Append("\r\n");
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] ToXlsx(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sheet = rows.Select(row => (IDictionary<string, object?>)headers.Select((h, i) => (h, Cell: (object?)Neutralise(row[i])))
            .ToDictionary(x => x.h, x => x.Cell));
        using var stream = new MemoryStream();
        stream.SaveAs(sheet.ToList());
        return stream.ToArray();
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
