namespace ContractorAiReview.Domain.Calendar;

/// <summary>
/// Dates as Japanese official documents write them: in the era (令和8年11月22日) and fiscal years
/// (April to March) as 令和N年度. The era table is our own so the output never depends on the
/// ICU data of the machine; the first year of an era is written 元年 as official documents do.
/// </summary>
public static class JapaneseDate
{
    private static readonly (DateOnly Start, string Name)[] Eras =
    [
        (new DateOnly(2019, 5, 1), "令和"),
        (new DateOnly(1989, 1, 8), "平成"),
        (new DateOnly(1926, 12, 25), "昭和"),
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
        foreach (var (start, name) in Eras)
        {
            if (date >= start)
            {
                return (name, date.Year - start.Year + 1);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(date), date, "Dates before the Showa era are not supported.");
    }

    private static string YearText(int year) => year == 1 ? "元" : year.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
