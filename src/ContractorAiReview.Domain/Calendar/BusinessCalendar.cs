namespace ContractorAiReview.Domain.Calendar;

/// <summary>
/// The city's 開庁日 (business days): not Saturday or Sunday, not a national holiday, not the year-end closure
/// 12/29–1/3 (大阪市の休日を定める条例). Deadlines such as the standard processing period (標準処理期間) count these.
/// </summary>
public static class BusinessCalendar
{
    public static bool IsYearEndClosure(DateOnly date) =>
        (date.Month == 12 && date.Day >= 29) || (date.Month == 1 && date.Day <= 3);

    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !IsYearEndClosure(date)
        && !JapaneseHolidays.IsHoliday(date);

    /// <summary>
    /// The <paramref name="businessDays"/>-th business day after <paramref name="start"/>: the day of receipt is not
    /// counted (初日不算入), so a 10-day period from a Monday receipt ends on the second Monday after, holidays aside.
    /// </summary>
    public static DateOnly AddBusinessDays(DateOnly start, int businessDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(businessDays);
        var date = start;
        for (var counted = 0; counted < businessDays;)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>Business days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to ≤ from).</summary>
    public static int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsBusinessDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
