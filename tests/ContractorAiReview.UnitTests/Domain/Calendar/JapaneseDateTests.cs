using ContractorAiReview.Domain.Calendar;

namespace ContractorAiReview.UnitTests.Domain.Calendar;

public sealed class JapaneseDateTests
{
    [Theory]
    [InlineData(2026, 11, 22, "令和8年11月22日")]
    [InlineData(2019, 5, 1, "令和元年5月1日")]
    [InlineData(2019, 4, 30, "平成31年4月30日")]
    [InlineData(1989, 1, 8, "平成元年1月8日")]
    [InlineData(1989, 1, 7, "昭和64年1月7日")]
    public void FormatDate_WritesTheEra(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, JapaneseDate.FormatDate(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2026, "令和8年度")]
    [InlineData(2019, "令和元年度")]
    [InlineData(2018, "平成30年度")]
    public void FormatFiscalYear_StartsInApril(int startYear, string expected)
    {
        Assert.Equal(expected, JapaneseDate.FormatFiscalYear(startYear));
    }

    [Theory]
    [InlineData(2027, 3, 31, 2026)]
    [InlineData(2027, 4, 1, 2027)]
    public void FiscalYearOf_AprilToMarch(int year, int month, int day, int expected)
    {
        Assert.Equal(expected, JapaneseDate.FiscalYearOf(new DateOnly(year, month, day)));
    }

    [Fact]
    public void FormatDateTime_ShowsUtcInstantInJapanTime()
    {
        // 15:30 UTC on 22 November is 00:30 on 23 November in Japan.
        Assert.Equal("令和8年11月23日 00:30", JapaneseDate.FormatDateTime(new DateTimeOffset(2026, 11, 22, 15, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2026/12/3", 2026, 12, 3)]
    [InlineData("2026-12-03", 2026, 12, 3)]
    [InlineData("20261203", 2026, 12, 3)]
    [InlineData("2026年12月3日", 2026, 12, 3)]
    [InlineData("２０２６／１２／０３", 2026, 12, 3)]
    [InlineData("令和8年12月3日", 2026, 12, 3)]
    [InlineData("令和元年5月1日", 2019, 5, 1)]
    [InlineData("R8.12.3", 2026, 12, 3)]
    [InlineData("r8/12/3", 2026, 12, 3)]
    [InlineData("H31.4.30", 2019, 4, 30)]
    [InlineData("昭和64年1月7日", 1989, 1, 7)]
    public void TryParse_DatesAsPeopleTypeThem(string typed, int year, int month, int day)
    {
        Assert.True(JapaneseDate.TryParse(typed, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026/2/30")]
    [InlineData("2026/13/1")]
    [InlineData("平成32年1月1日")]
    [InlineData("令和元年4月30日")]
    [InlineData("X8.12.3")]
    [InlineData("12/3")]
    [InlineData("来週")]
    public void TryParse_RefusesWhatIsNotADay(string typed)
    {
        Assert.False(JapaneseDate.TryParse(typed, out _));
    }

    [Theory]
    [InlineData(2026, 12, 3)]
    [InlineData(2019, 5, 1)]
    [InlineData(1989, 1, 7)]
    public void TryParse_ReadsBackWhatFormatDateWrites(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        Assert.True(JapaneseDate.TryParse(JapaneseDate.FormatDate(date), out var read));
        Assert.Equal(date, read);
    }
}
