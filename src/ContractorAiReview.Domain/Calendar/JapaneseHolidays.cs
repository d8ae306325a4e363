namespace ContractorAiReview.Domain.Calendar;

/// <summary>A national holiday with its name as the Cabinet Office lists it.</summary>
public sealed record Holiday(DateOnly Date, string Name);

/// <summary>
/// Japan's national holidays under 国民の祝日に関する法律 as it stands since 2022 (after the 2020 and 2021 Olympic moves):
/// fixed days, the Happy Monday days, the vernal and autumnal equinox days by the standard formula, 振替休日 (a holiday on
/// a Sunday moves to the next day that is not a holiday) and 国民の休日 (a day between two holidays). Written here
/// because no maintained .NET package with a Japanese calendar is available to the project (README, decisions).
/// </summary>
public static class JapaneseHolidays
{
    public const int FirstYear = 2022;
    /// <summary>The equinox formula's constants hold until 2099.</summary>
    public const int LastYear = 2099;

    public const string SubstituteHoliday = "振替休日";
    public const string CitizensHoliday = "休日";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<Holiday>> Cache = new();

    public static bool IsHoliday(DateOnly date) => In(date.Year).Any(h => h.Date == date);

    /// <summary>The year's holidays in date order, substitute holidays and 国民の休日 included.</summary>
    public static IReadOnlyList<Holiday> In(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        return Cache.GetOrAdd(year, Compute);
    }

    private static IReadOnlyList<Holiday> Compute(int year)
    {
        var statutory = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), "元日"),
            new(NthMonday(year, 1, 2), "成人の日"),
            new(new DateOnly(year, 2, 11), "建国記念の日"),
            new(new DateOnly(year, 2, 23), "天皇誕生日"),
            new(new DateOnly(year, 3, VernalEquinoxDay(year)), "春分の日"),
            new(new DateOnly(year, 4, 29), "昭和の日"),
            new(new DateOnly(year, 5, 3), "憲法記念日"),
            new(new DateOnly(year, 5, 4), "みどりの日"),
            new(new DateOnly(year, 5, 5), "こどもの日"),
            new(NthMonday(year, 7, 3), "海の日"),
            new(new DateOnly(year, 8, 11), "山の日"),
            new(NthMonday(year, 9, 3), "敬老の日"),
            new(new DateOnly(year, 9, AutumnalEquinoxDay(year)), "秋分の日"),
            new(NthMonday(year, 10, 2), "スポーツの日"),
            new(new DateOnly(year, 11, 3), "文化の日"),
            new(new DateOnly(year, 11, 23), "勤労感謝の日"),
        };
        var days = statutory.Select(h => h.Date).ToHashSet();
        var all = new List<Holiday>(statutory);

        // 国民の休日 (law, article 3(3)): a day whose day before and day after are both national holidays.
        foreach (var holiday in statutory)
        {
            var next = holiday.Date.AddDays(1);
            if (!days.Contains(next) && days.Contains(next.AddDays(1)))
            {
                all.Add(new Holiday(next, CitizensHoliday));
            }
        }

        // 振替休日 (article 3(2)): a holiday on a Sunday makes the nearest following non-holiday a holiday.
        var taken = all.Select(h => h.Date).ToHashSet();
        foreach (var holiday in statutory.Where(h => h.Date.DayOfWeek == DayOfWeek.Sunday))
        {
            var substitute = holiday.Date.AddDays(1);
            while (taken.Contains(substitute))
            {
                substitute = substitute.AddDays(1);
            }

            taken.Add(substitute);
            all.Add(new Holiday(substitute, SubstituteHoliday));
        }

        return all.OrderBy(h => h.Date).ToList();
    }

    /// <summary>春分日, by the formula the National Astronomical Observatory's announcements follow (valid 1980–2099).</summary>
    public static int VernalEquinoxDay(int year) =>
        (int)Math.Floor(20.8431 + 0.242194 * (year - 1980) - Math.Floor((year - 1980) / 4.0));

    /// <summary>秋分日, likewise.</summary>
    public static int AutumnalEquinoxDay(int year) =>
        (int)Math.Floor(23.2488 + 0.242194 * (year - 1980) - Math.Floor((year - 1980) / 4.0));

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }
}
