using System.Text;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Web.Contracts;
using ContractorAiReview.Web.Tests.Infrastructure;

namespace ContractorAiReview.Web.Tests.Contracts;

/// <summary>Reading the contract CSV: encodings, limits, and every row error listed before anything is saved.</summary>
public sealed class ContractCsvImportTests
{
    private const string Header = "契約名,区分,契約種別,契約番号,締結年度,所管部署,受注者,契約期間開始日,契約期間終了日";
    private const string GoodRow = "広報誌編集業務委託,契約,業務委託・請負,2026-X-001,令和8年度,市民局区政課,株式会社なにわ情報システム,2026-04-01,2027-03-31";

    private static readonly ImportLookups Register = new(
        new Dictionary<string, int> { ["市民局区政課"] = 1, ["経済戦略局観光課"] = 2 },
        new Dictionary<string, int> { ["株式会社なにわ情報システム"] = 10 },
        new HashSet<(int, string)> { (2026, "2026-TAKEN") });

    static ContractCsvImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static ImportPreview Read(byte[] content, CsvEncodingChoice encoding = CsvEncodingChoice.Detect) =>
        new ContractCsvImport(Localization.Strings).Read(content, encoding, Register);

    private static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private static byte[] ShiftJis(params string[] lines) => Encoding.GetEncoding(932).GetBytes(string.Join("\r\n", lines) + "\r\n");

    [Fact]
    public void Read_GoodUtf8File_EveryRowReadyWithItsValues()
    {
        var preview = Read(Utf8(Header, GoodRow,
            "青少年センター指定管理業務,指定管理の協定,業務委託・請負,2026-X-002,2026,経済戦略局観光課,株式会社なにわ情報システム,,"));

        Assert.True(preview.CanImport);
        Assert.Equal(CsvEncodingChoice.Utf8, preview.Encoding);
        Assert.Equal([2, 3], preview.Rows.Select(r => r.Line));
        var first = preview.Rows[0].Form;
        Assert.Equal(("広報誌編集業務委託", ContractKind.Contract, ContractType.Services, "2026-X-001", 2026, 1, 10),
            (first.Name, first.Kind, first.Type, first.ContractNumber, first.FiscalYear, first.DepartmentId!.Value, first.ContractorId!.Value));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)), (first.TermStart!.Value, first.TermEnd!.Value));
        Assert.Equal((ContractKind.DesignatedManagement, 2), (preview.Rows[1].Form.Kind, preview.Rows[1].Form.DepartmentId!.Value));
    }

    [Fact]
    public void Read_Utf8WithBom_HeaderRecognisedAndDecoded()
    {
        var preview = Read([.. Encoding.UTF8.Preamble, .. Utf8(Header, GoodRow)]);

        Assert.True(preview.CanImport, preview.FileError);
        Assert.Equal("広報誌編集業務委託", preview.Rows.Single().Form.Name);
    }

    [Fact]
    public void Read_ShiftJisFile_DetectedAndDecoded()
    {
        var preview = Read(ShiftJis(Header, GoodRow));

        Assert.True(preview.CanImport, preview.FileError);
        Assert.Equal(CsvEncodingChoice.ShiftJis, preview.Encoding);
        Assert.Equal(("広報誌編集業務委託", 1), (preview.Rows.Single().Form.Name, preview.Rows.Single().Form.DepartmentId!.Value));
    }

    [Fact]
    public void Read_ShiftJisFileReadAsUtf8_RefusedAsUndecodable()
    {
        var preview = Read(ShiftJis(Header, GoodRow), CsvEncodingChoice.Utf8);

        Assert.False(preview.CanImport);
        Assert.Empty(preview.Rows);
        Assert.Contains("文字化け", preview.FileError);
    }

    [Fact]
    public void Read_BadRows_EveryErrorListedOnItsRow()
    {
        var preview = Read(Utf8(Header,
            GoodRow,
            "不明部署の契約,契約,業務委託・請負,2026-X-010,令和8年度,存在しない課,株式会社なにわ情報システム,,",
            "不明会社の契約,契約,業務委託・請負,2026-X-011,令和8年度,市民局区政課,架空株式会社,,",
            "期間逆転の契約,契約,業務委託・請負,2026-X-012,令和8年度,市民局区政課,株式会社なにわ情報システム,2027-03-31,2026-04-01",
            "重複番号の契約,契約,業務委託・請負,2026-TAKEN,令和8年度,市民局区政課,株式会社なにわ情報システム,,",
            "ファイル内重複,契約,業務委託・請負,2026-X-001,令和8年度,市民局区政課,株式会社なにわ情報システム,,",
            ",リース,業務委託・請負,,来年度,市民局区政課,株式会社なにわ情報システム,4月1日,"));

        Assert.False(preview.CanImport);
        Assert.Null(preview.FileError);
        string[] Errors(int line) => [.. preview.Rows.Single(r => r.Line == line).Errors];
        Assert.Empty(Errors(2));
        Assert.Contains(Errors(3), e => e.StartsWith("所管部署:", StringComparison.Ordinal) && e.Contains("存在しない課"));
        Assert.Contains(Errors(4), e => e.StartsWith("受注者:", StringComparison.Ordinal) && e.Contains("架空株式会社"));
        Assert.Contains(Errors(5), e => e.StartsWith("契約期間終了日:", StringComparison.Ordinal));
        Assert.Contains(Errors(6), e => e.StartsWith("契約番号:", StringComparison.Ordinal) && e.Contains("2026-TAKEN"));
        Assert.Contains(Errors(7), e => e.StartsWith("契約番号:", StringComparison.Ordinal) && e.Contains("2026-X-001"));
        // One message per faulty column, none for the columns that are right.
        Assert.Equal(
            ["区分", "契約名", "契約期間開始日", "契約番号", "締結年度"],
            Errors(8).Select(e => e[..e.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_UnknownDepartment_NoIdInvented()
    {
        var preview = Read(Utf8(Header, GoodRow.Replace("市民局区政課", "新設局新設課", StringComparison.Ordinal)));

        Assert.Null(preview.Rows.Single().Form.DepartmentId);
        Assert.False(preview.CanImport);
    }

    [Theory]
    [InlineData(ContractCsvImport.MaxRows + 1)]
    [InlineData(10_000)]
    public void Read_MoreRowsThanTheLimit_RefusedWithTheLimit(int count)
    {
        var rows = Enumerable.Range(1, count)
            .Select(i => GoodRow.Replace("2026-X-001", $"2026-N-{i}", StringComparison.Ordinal));

        var preview = Read(Utf8([Header, .. rows]));

        Assert.Empty(preview.Rows);
        Assert.Contains(ContractCsvImport.MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture), preview.FileError);
    }

    [Fact]
    public void Read_RowsUpToTheLimit_Accepted()
    {
        var rows = Enumerable.Range(1, ContractCsvImport.MaxRows)
            .Select(i => GoodRow.Replace("2026-X-001", $"2026-N-{i}", StringComparison.Ordinal));

        Assert.Equal(ContractCsvImport.MaxRows, Read(Utf8([Header, .. rows])).Rows.Count);
    }

    [Fact]
    public void Read_TwentyMegabyteFile_RefusedBeforeParsing()
    {
        var preview = Read(new byte[20 * 1024 * 1024]);

        Assert.Empty(preview.Rows);
        Assert.Contains("MB", preview.FileError);
    }

    [Fact]
    public void Read_MissingColumns_NamedInTheMessage()
    {
        var preview = Read(Utf8("契約名,契約番号", "広報誌,1"));

        Assert.Contains("所管部署", preview.FileError);
        Assert.Contains("受注者", preview.FileError);
    }

    [Fact]
    public void Template_ReadBack_IsAValidFileForTheDemoRegister()
    {
        var preview = Read(ContractCsvImport.Template());

        Assert.True(preview.CanImport, string.Join(" / ", preview.Rows.SelectMany(r => r.Errors)) + preview.FileError);
    }

    [Theory]
    [InlineData("2026", 2026)]
    [InlineData("令和8年度", 2026)]
    [InlineData("令和元年度", 2019)]
    [InlineData("平成30年度", 2018)]
    [InlineData("令和８年度", 2026)]
    public void ParseFiscalYear_KnownForms_GregorianStartYear(string text, int expected) =>
        Assert.Equal(expected, ContractCsvImport.ParseFiscalYear(text));

    [Theory]
    [InlineData("来年度")]
    [InlineData("26")]
    [InlineData("令和0年度")]
    public void ParseFiscalYear_Unreadable_Null(string text) => Assert.Null(ContractCsvImport.ParseFiscalYear(text));
}
