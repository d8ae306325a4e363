using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContractorAiReview.Domain.Calendar;

/// <summary>
/// Dates as Japanese official documents write them: in the era (令和8年11月22日) and fiscal years
/// (April to March) as 令和N年度. The era table is our own so the output never depends on the
/// ICU data of the machine; the first year of an era is written 元年 as official documents do.
/// </summary>
public static partial class JapaneseDate
{
    private static readonly (DateOnly Start, string Name, char Initial)[] Eras =
    [
        (new DateOnly(2019, 5, 1), "令和", 'R'),
        (new DateOnly(1989, 1, 8), "平成", 'H'),
        (new DateOnly(1926, 12, 25), "昭和", 'S'),
    ];

    private static readonly TimeZoneInfo JapanTimeZone = FindJapanTimeZone();

    public static string FormatDate(DateOnly date)
    {
        var (name, year) = EraOf(date);
        return $"{name}{YearText(year)}年{date.Month}月{date.Day}日";
    }

    /// <summary>
    /// The era year of a fiscal year starting in April of <paramref name="startYear"/>: 2026 → 令和8年度. A fiscal year
    /// takes the era current at the end of its starting calendar year, so 2019 (begun under Heisei) is 令和元年度.
    /// </summary>
    public static string FormatFiscalYear(int startYear)
    {
        var (name, year) = EraOf(new DateOnly(startYear, 12, 31));
        return $"{name}{YearText(year)}年度";
    }

    /// <summary>The fiscal year (its Gregorian start year) that a date falls in.</summary>
    public static int FiscalYearOf(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static DateTimeOffset ToJapanTime(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, JapanTimeZone);

    public static DateOnly JapanDateOf(DateTimeOffset utc) => DateOnly.FromDateTime(ToJapanTime(utc).DateTime);

    /// <summary>The UTC instant at which <paramref name="day"/> begins in Japan.</summary>
    public static DateTimeOffset StartOfJapanDayUtc(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, JapanTimeZone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>A stored UTC instant shown in Japan time, e.g. 令和8年11月22日 14:05.</summary>
    public static string FormatDateTime(DateTimeOffset utc)
    {
        var local = ToJapanTime(utc);
        return $"{FormatDate(DateOnly.FromDateTime(local.DateTime))} {local:HH:mm}";
    }

    private static (string Name, int Year) EraOf(DateOnly date)
    {
        foreach (var (start, name, _) in Eras)
        {
            if (date >= start)
            {
                return (name, date.Year - start.Year + 1);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(date), date, "Dates before the Showa era are not supported.");
    }

    /// <summary>
    /// A date as people type it into a form: 2026/12/3, 2026-12-03, 20261203, 2026年12月3日, or in the era as
    /// 令和8年12月3日, 令和元年5月1日, R8.12.3 or R8/12/3; full-width digits too. An era year past the era's end
    /// (平成32年) or a day that does not exist is refused, not rolled over.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var typed = text.Normalize(NormalizationForm.FormKC).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (CompactDate().Match(typed) is { Success: true } compact)
        {
            return TryMake(Number(compact.Groups["y"]), Number(compact.Groups["m"]), Number(compact.Groups["d"]), out date);
        }

        if (WesternDate().Match(typed) is { Success: true } western)
        {
            return TryMake(Number(western.Groups["y"]), Number(western.Groups["m"]), Number(western.Groups["d"]), out date);
        }

        if (EraDate().Match(typed) is not { Success: true } era)
        {
            return false;
        }

        var eraText = era.Groups["era"].Value;
        var index = Array.FindIndex(Eras, e => e.Name == eraText || (eraText.Length == 1 && e.Initial == eraText[0]));
        if (index < 0)
        {
            return false;
        }

        var (start, _, _) = Eras[index];
        var eraYear = era.Groups["y"].Value == "元" ? 1 : Number(era.Groups["y"]);
        if (!TryMake(start.Year + eraYear - 1, Number(era.Groups["m"]), Number(era.Groups["d"]), out var candidate)
            || candidate < start || (index > 0 && candidate >= Eras[index - 1].Start))
        {
            return false;
        }

        date = candidate;
        return true;
    }

    private static int Number(Group group) =>
        int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$")]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"^(?<y>\d{4})(?:[/\-.]|年)(?<m>\d{1,2})(?:[/\-.]|月)(?<d>\d{1,2})日?$")]
    private static partial Regex WesternDate();

    [GeneratedRegex(@"^(?<era>令和|平成|昭和|[RHS])(?<y>元|\d{1,2})(?:[/\-.]|年)(?<m>\d{1,2})(?:[/\-.]|月)(?<d>\d{1,2})日?$")]
    private static partial Regex EraDate();

    private static string YearText(int year) => year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindJapanTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        }
        catch (TimeZoneNotFoundException)
        {
            // Japan has had no daylight saving time since 1951: a fixed offset is exact.
            return TimeZoneInfo.CreateCustomTimeZone("JST", TimeSpan.FromHours(9), "JST", "JST");
        }
    }
}
