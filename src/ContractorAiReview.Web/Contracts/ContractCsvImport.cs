using System.Globalization;
using System.Text;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Resources;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Contracts;

/// <summary>How the uploaded bytes are decoded: detected, or chosen by the person.</summary>
public enum CsvEncodingChoice
{
    Detect = 0,
    Utf8 = 1,
    ShiftJis = 2,
}

/// <summary>One CSV line, read into the register's form, with every error found on it.</summary>
public sealed record ImportRow(int Line, ContractForm Form, string DepartmentName, string ContractorName, IReadOnlyList<string> Errors);

/// <summary>The whole file as it would be imported; <see cref="FileError"/> when the file itself cannot be read.</summary>
public sealed record ImportPreview(CsvEncodingChoice Encoding, IReadOnlyList<ImportRow> Rows, string? FileError)
{
    public bool CanImport => FileError is null && Rows.Count > 0 && Rows.All(r => r.Errors.Count == 0);

    public static ImportPreview Refused(string message) => new(CsvEncodingChoice.Detect, [], message);

    /// <summary>Errors keyed "line N" (or "" for the file), as <see cref="CommandResult"/> carries them.</summary>
    public Dictionary<string, string[]> ErrorsByLine() =>
        FileError is not null
            ? new() { [""] = [FileError] }
            : Rows.Where(r => r.Errors.Count > 0).ToDictionary(r => r.Line.ToString(CultureInfo.InvariantCulture), r => r.Errors.ToArray());
}

/// <summary>What a row is checked against: the register as it stands.</summary>
public sealed record ImportLookups(
    IReadOnlyDictionary<string, int> ActiveDepartments, IReadOnlyDictionary<string, int> Contractors,
    IReadOnlySet<(int FiscalYear, string Number)> ExistingNumbers)
{
    public static async Task<ImportLookups> LoadAsync(AppDbContext db, CancellationToken ct) => new(
        await db.Departments.Where(d => d.IsActive).ToDictionaryAsync(d => d.Name, d => d.Id, ct),
        await db.Contractors.ToDictionaryAsync(c => c.Name, c => c.Id, ct),
        (await db.Contracts.Where(c => c.ContractNumber != null).Select(c => new { c.FiscalYear, c.ContractNumber }).ToListAsync(ct))
            .Select(c => (c.FiscalYear, c.ContractNumber!)).ToHashSet());
}

/// <summary>
/// Reads the contract CSV (Japanese headers, UTF-8 with or without BOM, or Shift_JIS as Excel saves it) into rows
/// checked by <see cref="ContractFormValidator"/> and against the register. No UI and no database: the handler loads
/// <see cref="ImportLookups"/> and saves. Unknown department or company names are row errors, never new records.
/// </summary>
public sealed class ContractCsvImport(IStringLocalizer<Strings> l)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5000;
    public const int ShiftJisCodePage = 932;

    /// <summary>The columns, in the template's order.</summary>
    public static class Columns
    {
        public const string Name = "契約名";
        public const string Kind = "区分";
        public const string Type = "契約種別";
        public const string Number = "契約番号";
        public const string FiscalYear = "締結年度";
        public const string Department = "所管部署";
        public const string Contractor = "受注者";
        public const string TermStart = "契約期間開始日";
        public const string TermEnd = "契約期間終了日";

        public static readonly IReadOnlyList<string> All = [Name, Kind, Type, Number, FiscalYear, Department, Contractor, TermStart, TermEnd];
        public static readonly IReadOnlyList<string> Required = [Name, Kind, Type, Number, FiscalYear, Department, Contractor];
    }

    /// <summary>The words the 区分 column takes.</summary>
    public static readonly IReadOnlyDictionary<string, ContractKind> KindWords = new Dictionary<string, ContractKind>
    {
        ["契約"] = ContractKind.Contract,
        ["指定管理の協定"] = ContractKind.DesignatedManagement,
    };

    /// <summary>The words the 契約種別 column takes.</summary>
    public static readonly IReadOnlyDictionary<string, ContractType> TypeWords = new Dictionary<string, ContractType>
    {
        ["業務委託・請負"] = ContractType.Services,
        ["物品の買入れ"] = ContractType.Purchase,
        ["借入れ"] = ContractType.Borrowing,
        ["その他"] = ContractType.Other,
        ["売払い"] = ContractType.Sale,
        ["貸付け"] = ContractType.Lease,
        ["申込による契約等"] = ContractType.ByApplication,
    };

    static ContractCsvImport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Shift_JIS as Windows and Excel write it (CP932); undecodable bytes become U+FFFD so they can be refused.</summary>
    public static Encoding ShiftJis => Encoding.GetEncoding(ShiftJisCodePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));

    /// <summary>A BOM or valid UTF-8 means UTF-8; anything else is taken for CP932.</summary>
    public static CsvEncodingChoice Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            return CsvEncodingChoice.Utf8;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return CsvEncodingChoice.Utf8;
        }
        catch (DecoderFallbackException)
        {
            return CsvEncodingChoice.ShiftJis;
        }
    }

    /// <summary>The template: the header row and one example row, UTF-8 with BOM so Excel opens it.</summary>
    public static byte[] Template()
    {
        var text = string.Join(",", Columns.All) + "\r\n"
                   + "区民アンケート集計分析業務委託,契約,業務委託・請負,2026-SM-101,令和8年度,市民局区政課,株式会社なにわ情報システム,2026-04-01,2027-03-31\r\n";
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)];
    }

    public ImportPreview Read(byte[] content, CsvEncodingChoice choice, ImportLookups lookups)
    {
        if (content.LongLength > MaxBytes)
        {
            return ImportPreview.Refused(l["Import.TooLarge", MaxBytes / 1024 / 1024]);
        }

        var encoding = choice == CsvEncodingChoice.Detect ? Detect(content) : choice;
        var text = Decode(content, encoding);
        if (text.Contains('\uFFFD'))
        {
            return new ImportPreview(encoding, [], l["Import.Undecodable", l[$"Import.Encoding.{encoding}"]]);
        }

        try
        {
            return ReadRows(text, encoding, lookups);
        }
        catch (CsvFormatException e)
        {
            return new ImportPreview(encoding, [], l["Import.Malformed", e.LineNumber]);
        }
    }

    private static string Decode(byte[] content, CsvEncodingChoice encoding)
    {
        if (encoding == CsvEncodingChoice.ShiftJis)
        {
            return ShiftJis.GetString(content);
        }

        var span = content.AsSpan();
        return Encoding.UTF8.GetString(span.StartsWith(Encoding.UTF8.Preamble) ? span[Encoding.UTF8.Preamble.Length..] : span);
    }

    private ImportPreview ReadRows(string text, CsvEncodingChoice encoding, ImportLookups lookups)
    {
        using var csv = CsvReader.FromText(text, new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MalformedData = CsvMalformedDataHandling.Throw,
        });
        csv.ReadHeader();
        var header = csv.Headers;
        if (header.Count == 0)
        {
            return new ImportPreview(encoding, [], l["Import.Empty"]);
        }

        var missing = Columns.Required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new ImportPreview(encoding, [], l["Import.MissingColumns", string.Join("、", missing)]);
        }

        var rows = new List<ImportRow>();
        var seen = new HashSet<(int, string)>();
        while (csv.Read())
        {
            if (Enumerable.Range(0, csv.FieldCount).All(i => string.IsNullOrWhiteSpace(csv.GetString(i))))
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                return new ImportPreview(encoding, [], l["Import.TooManyRows", MaxRows]);
            }

            rows.Add(ReadRow(csv, lookups, seen));
        }

        return rows.Count == 0
            ? new ImportPreview(encoding, [], l["Import.Empty"])
            : new ImportPreview(encoding, rows, null);
    }

    private ImportRow ReadRow(CsvReader csv, ImportLookups lookups, HashSet<(int, string)> seen)
    {
        string Field(string column) =>
            csv.TryGetFieldIndex(column, out var index) && index < csv.FieldCount ? csv.GetString(index) : "";
        var errors = new List<string>();
        void Error(string column, string message) => errors.Add($"{column}: {message}");

        var form = new ContractForm { Name = Field(Columns.Name), ContractNumber = Field(Columns.Number) };
        Choose(Field(Columns.Kind), KindWords, Columns.Kind, kind => form.Kind = kind, Error);
        Choose(Field(Columns.Type), TypeWords, Columns.Type, type => form.Type = type, Error);

        var year = Field(Columns.FiscalYear);
        if (ParseFiscalYear(year) is { } fiscalYear)
        {
            form.FiscalYear = fiscalYear;
        }
        else
        {
            Error(Columns.FiscalYear, l["Import.BadFiscalYear", year]);
        }

        var department = Field(Columns.Department);
        form.DepartmentId = lookups.ActiveDepartments.TryGetValue(department, out var departmentId) ? departmentId : null;
        if (form.DepartmentId is null && department.Length > 0)
        {
            Error(Columns.Department, l["Import.UnknownDepartment", department]);
        }

        var contractor = Field(Columns.Contractor);
        form.ContractorId = lookups.Contractors.TryGetValue(contractor, out var contractorId) ? contractorId : null;
        if (form.ContractorId is null && contractor.Length > 0)
        {
            Error(Columns.Contractor, l["Import.UnknownContractor", contractor]);
        }

        form.TermStart = ParseDate(Field(Columns.TermStart), Columns.TermStart, Error);
        form.TermEnd = ParseDate(Field(Columns.TermEnd), Columns.TermEnd, Error);

        var columnOf = new Dictionary<string, string>
        {
            [nameof(ContractForm.Name)] = Columns.Name,
            [nameof(ContractForm.ContractNumber)] = Columns.Number,
            [nameof(ContractForm.Kind)] = Columns.Kind,
            [nameof(ContractForm.Type)] = Columns.Type,
            [nameof(ContractForm.FiscalYear)] = Columns.FiscalYear,
            [nameof(ContractForm.DepartmentId)] = Columns.Department,
            [nameof(ContractForm.ContractorId)] = Columns.Contractor,
            [nameof(ContractForm.TermEnd)] = Columns.TermEnd,
        };
        foreach (var (property, messages) in new ContractFormValidator(l).ErrorsOf(form))
        {
            var column = columnOf[property];
            // A column already reported as unreadable needs no second message saying it is empty.
            if (!errors.Any(e => e.StartsWith(column + ":", StringComparison.Ordinal)))
            {
                errors.AddRange(messages.Select(m => $"{column}: {m}"));
            }
        }

        var key = (form.FiscalYear, form.ContractNumber.Trim());
        if (key.Item2.Length > 0 && (lookups.ExistingNumbers.Contains(key) || !seen.Add(key)))
        {
            Error(Columns.Number, l["Contracts.DuplicateNumber", key.Item2]);
        }

        return new ImportRow((int)csv.LineNumber, form, department, contractor, errors);
    }

    private void Choose<T>(string word, IReadOnlyDictionary<string, T> words, string column, Action<T> set, Action<string, string> error)
    {
        if (words.TryGetValue(word, out var value))
        {
            set(value);
        }
        else
        {
            error(column, word.Length == 0 ? l["Validation.Required"] : l["Import.UnknownWord", word, string.Join("、", words.Keys)]);
        }
    }

    private DateOnly? ParseDate(string text, string column, Action<string, string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error(column, l["Import.BadDate", text]);
        return null;
    }

    /// <summary>2026, 令和8年度, 令和元年度 or 平成30年度.</summary>
    public static int? ParseFiscalYear(string text)
    {
        var t = text.Trim().Normalize(NormalizationForm.FormKC);
        if (t.EndsWith("年度", StringComparison.Ordinal))
        {
            t = t[..^2];
        }

        foreach (var (era, offset) in new[] { ("令和", 2018), ("平成", 1988) })
        {
            if (t.StartsWith(era, StringComparison.Ordinal))
            {
                var n = t[era.Length..];
                return n == "元" ? offset + 1
                    : int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 0 ? offset + year : null;
            }
        }

        return t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var gregorian) ? gregorian : null;
    }
}
