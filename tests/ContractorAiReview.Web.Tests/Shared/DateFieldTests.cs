using System.Globalization;
using Bunit;
using ContractorAiReview.Web.Components.Shared;
using ContractorAiReview.Web.Tests.Infrastructure;

namespace ContractorAiReview.Web.Tests.Shared;

public sealed class DateFieldTests : ComponentTestBase
{
    private DateTime? _chosen;

    [Theory]
    [InlineData("令和8年12月3日")]
    [InlineData("R8.12.3")]
    [InlineData("2026-12-03")]
    [InlineData("２０２６/１２/３")]
    public void Type_DateAsPeopleWriteIt_IsTakenAndShownInTheEra(string typed)
    {
        var field = RenderField();

        field.Find("input").Change(typed);

        Assert.Equal(new DateTime(2026, 12, 3), _chosen);
        Assert.Contains("令和8年12月3日", field.Markup);
    }

    [Fact]
    public void Type_NotADate_SaysHowToWriteOneAndKeepsTheDate()
    {
        _chosen = new DateTime(2026, 4, 1);
        var field = RenderField();

        field.Find("input").Change("来週の月曜");

        Assert.Equal(new DateTime(2026, 4, 1), _chosen);
        Assert.Contains(Localization.Strings["Date.Invalid"].Value, field.Markup);
    }

    [Theory]
    [InlineData("ja", "カレンダーを開く")]
    [InlineData("en", "Open")]
    public void Render_CalendarButton_LabelledInTheUiLanguage(string language, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(language);

        var field = RenderField();

        Assert.Equal(expected, field.Find("button[aria-label]").GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_EnglishUi_HintsTheFormatInsteadOfTheEra()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("en");
        _chosen = new DateTime(2026, 12, 3);

        var field = RenderField();

        Assert.DoesNotContain("令和", field.Markup);
        Assert.Contains(Localization.Strings["Date.Hint"].Value, field.Markup);
    }

    private IRenderedComponent<DateField> RenderField() =>
        Render<DateField>(p => p
            .Add(f => f.Label, "期限")
            .Add(f => f.Date, _chosen)
            .Add(f => f.DateChanged, (DateTime? date) => _chosen = date));
}
