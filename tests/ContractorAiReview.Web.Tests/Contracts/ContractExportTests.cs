using System.Text;
using ContractorAiReview.Web.Contracts;
using MiniExcelLibs;

namespace ContractorAiReview.Web.Tests.Contracts;

/// <summary>Exported lists open in Excel as UTF-8 and never run a cell as a formula.</summary>
public sealed class ContractExportTests
{
    private static readonly string[] Headers = ["契約番号", "契約名"];

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("区民アンケート", "区民アンケート")]
    [InlineData("2026-SM-001", "2026-SM-001")]
    [InlineData("", "")]
    public void Neutralise_FormulaStarts_PrefixedWithApostrophe(string cell, string expected) =>
        Assert.Equal(expected, ContractExport.Neutralise(cell));

    [Fact]
    public void ToCsv_FormulaCellAndComma_Utf8BomQuotedAndNeutralised()
    {
        var bytes = ContractExport.ToCsv(Headers, [["=1+1", "業務, その1"], ["2026-1", "say \"hi\""]]);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal("契約番号,契約名\r\n'=1+1,\"業務, その1\"\r\n2026-1,\"say \"\"hi\"\"\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void ToXlsx_ReadBack_HeadersAndNeutralisedCells()
    {
        var bytes = ContractExport.ToXlsx(Headers, [["@cmd", "観光パンフレット"]]);

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("'@cmd", row["契約番号"]);
        Assert.Equal("観光パンフレット", row["契約名"]);
    }
}
