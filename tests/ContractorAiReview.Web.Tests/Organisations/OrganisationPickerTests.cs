using Bunit;
using ContractorAiReview.Web.Organisations;
using ContractorAiReview.Web.Tests.Infrastructure;

namespace ContractorAiReview.Web.Tests.Organisations;

/// <summary>The picker shows what the search returns, says when there are more than it shows, and hands the chosen id back.</summary>
public sealed class OrganisationPickerTests : ComponentTestBase
{
    private readonly List<string?> _searched = [];
    private int? _chosen;

    [Fact]
    public void Type_MoreMatchesThanShown_ShowsTheFirstAndSaysThereAreMore_ChoosingOneHandsItBack()
    {
        var matches = Enumerable.Range(1, OrganisationChoices.Shown + 1).Select(i => new Choice(i, $"試験局第{i:D2}課")).ToList();
        var (picker, list) = RenderPicker(matches);

        picker.Find("input").Input("試験");

        list.WaitForAssertion(() => Assert.Equal(OrganisationChoices.Shown, list.FindAll(".mud-list-item").Count), TimeSpan.FromSeconds(5));
        Assert.Contains(Localization.Strings["Choice.More", OrganisationChoices.Shown].Value, list.Markup);
        Assert.Equal("試験", _searched.Last());

        list.FindAll(".mud-list-item")[2].Click();

        // The autocomplete sets its value after closing its list, asynchronously.
        picker.WaitForAssertion(() => Assert.Equal(matches[2].Id, _chosen), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Type_NothingMatches_SaysSo()
    {
        var (picker, list) = RenderPicker([]);

        picker.Find("input").Input("存在しない");

        list.WaitForAssertion(() => Assert.Contains(Localization.Strings["Choice.None"].Value, list.Markup), TimeSpan.FromSeconds(5));
        Assert.Null(_chosen);
    }

    /// <summary>The picker, and the popover provider its list opens in.</summary>
    private (IRenderedComponent<OrganisationPicker> Picker, IRenderedComponent<MudBlazor.MudPopoverProvider> List) RenderPicker(IReadOnlyList<Choice> matches)
    {
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        var picker = Render<OrganisationPicker>(p => p
            .Add(c => c.Label, "所管部署")
            .Add(c => c.Search, (text, _) =>
            {
                _searched.Add(text);
                return Task.FromResult(matches);
            })
            .Add(c => c.IdChanged, (int? id) => _chosen = id));
        return (picker, popovers);
    }
}
