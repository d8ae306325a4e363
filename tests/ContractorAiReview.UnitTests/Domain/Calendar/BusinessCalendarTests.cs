using System.Globalization;
using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.UnitTests.Docs;

namespace ContractorAiReview.UnitTests.Domain.Calendar;

public sealed class BusinessCalendarTests
{
    /// <summary>The Cabinet Office's list for 2026–2028 (Data/cabinet-office-holidays-2026-2028.csv, source inside).</summary>
    private static readonly IReadOnlyList<Holiday> Published = File
        .ReadLines(Path.Combine(ReadmeTests.RepositoryRoot(), "tests", "ContractorAiReview.UnitTests", "Domain", "Calendar", "Data", "cabinet-office-holidays-2026-2028.csv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split(','))
        .Select(cells => new Holiday(DateOnly.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), cells[1]))
        .ToList();

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    public void In_PublishedYear_SameDaysAndNamesAsTheCabinetOffice(int year)
    {
        var expected = Published.Where(h => h.Date.Year == year).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, JapaneseHolidays.In(year));
    }

    [Fact]
    public void In_SundayHolidayFollowedByHolidays_SubstituteAfterThem()
    {
        // 2026-05-03 (Sunday) is followed by two holidays, so its substitute is Wednesday the 6th.
        var may = JapaneseHolidays.In(2026).Where(h => h.Date.Month == 5).ToList();

        Assert.Equal(new Holiday(new DateOnly(2026, 5, 6), JapaneseHolidays.SubstituteHoliday), may[^1]);
    }

    [Theory]
    [InlineData("2026-12-28", true)] // Monday, last business day of the year
    [InlineData("2026-12-29", false)]
    [InlineData("2026-12-31", false)]
    [InlineData("2027-01-01", false)]
    [InlineData("2027-01-04", true)] // Monday after the closure
    [InlineData("2026-09-22", false)] // 国民の休日
    [InlineData("2027-03-22", false)] // 振替休日
    [InlineData("2026-11-21", false)] // Saturday
    [InlineData("2026-11-24", true)]
    public void IsBusinessDay_Dates_AsTheCityOpens(string date, bool expected) =>
        Assert.Equal(expected, BusinessCalendar.IsBusinessDay(DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    [Theory]
    // Receipt on Friday 2026-11-20: Mon 23rd is a holiday, so ten business days end on Monday 7 December.
    [InlineData("2026-11-20", 10, "2026-12-07")]
    // Across the year-end closure and the New Year: 12/25 + 5 → 12/28, 1/4, 1/5, 1/6, 1/7 (1/11 成人の日 comes later).
    [InlineData("2026-12-25", 5, "2027-01-07")]
    // Across Silver Week 2026 (9/21 敬老の日, 9/22 休日, 9/23 秋分の日).
    [InlineData("2026-09-18", 1, "2026-09-24")]
    // Across Golden Week 2026: 4/30 Thu, 5/1 Fri, 5/7 Thu.
    [InlineData("2026-04-28", 3, "2026-05-07")]
    [InlineData("2026-11-24", 0, "2026-11-24")]
    public void AddBusinessDays_Period_EndsOnTheCountedDay(string start, int days, string expected) =>
        Assert.Equal(
            DateOnly.Parse(expected, CultureInfo.InvariantCulture),
            BusinessCalendar.AddBusinessDays(DateOnly.Parse(start, CultureInfo.InvariantCulture), days));

    [Fact]
    public void BusinessDaysBetween_AddedPeriod_CountsBack()
    {
        var start = new DateOnly(2026, 12, 25);
        for (var days = 0; days <= 30; days++)
        {
            Assert.Equal(days, BusinessCalendar.BusinessDaysBetween(start, BusinessCalendar.AddBusinessDays(start, days)));
        }
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2100)]
    public void In_OutsideTheLawsRange_Refused(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.In(year));
}
