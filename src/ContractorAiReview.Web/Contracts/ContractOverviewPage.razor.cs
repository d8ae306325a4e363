using System.Globalization;
using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Web.Organisations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContractorAiReview.Web.Contracts;

public partial class ContractOverviewPage
{
    private const string NoRequest = OverviewFilter.NoRequest;
    private MudTable<OverviewRow>? _table;
    private int? _departmentId;
    private int? _fiscalYear;
    private string? _status;
    private OverviewPreset _preset;

    [Inject]
    private ContractOverview Overview { get; set; } = default!;

    [Inject]
    private GuidelineLibrary Guidelines { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private IEnumerable<int> FiscalYears =>
        Enumerable.Range(2019, JapaneseDate.FiscalYearOf(JapaneseDate.JapanDateOf(Clock.GetUtcNow())) - 2019 + 2).Reverse();

    [Inject]
    private OrganisationChoices Choices { get; set; } = default!;

    private async Task<IReadOnlyList<Choice>> SearchDepartmentsAsync(string? text, CancellationToken ct) =>
        await Choices.DepartmentsAsync(await GetCurrentUserAsync(), text, includeInactive: true, ct);

    private OverviewFilter Filter => OverviewFilter.From(_departmentId, _fiscalYear, _status, _preset);

    private async Task<TableData<OverviewRow>> LoadAsync(TableState state, CancellationToken ct)
    {
        var sort = Enum.TryParse<OverviewSort>(state.SortLabel, out var label) ? label : OverviewSort.FiscalYear;
        var descending = state.SortLabel is null || state.SortDirection == SortDirection.Descending;
        var page = await Overview.PageAsync(
            await GetCurrentUserAsync(), Filter, sort, descending, state.Page * state.PageSize, state.PageSize, ct);
        return new TableData<OverviewRow> { Items = page.Rows, TotalItems = page.Total };
    }

    private string SpecificationText(OverviewRow row) =>
        row.SpecificationVersion is { } version ? L["Contracts.Attached", Guidelines.EditionOf(version)]
        : row.Type.IsExcludedFromSpecification() ? L["Contracts.Excluded"]
        : L["Contracts.NotAttached"];

    private async Task ChangeAsync(Action set)
    {
        set();
        if (_table is not null)
        {
            await _table.ReloadServerData();
        }
    }

    /// <summary>The export endpoint with the filters as they stand; it applies the same access rules.</summary>
    private string ExportHref(string format)
    {
        var query = new Dictionary<string, string?>
        {
            ["department"] = _departmentId?.ToString(CultureInfo.InvariantCulture),
            ["year"] = _fiscalYear?.ToString(CultureInfo.InvariantCulture),
            ["status"] = _status,
            ["preset"] = _preset == OverviewPreset.None ? null : _preset.ToString(),
        };
        return $"contracts/overview/export.{format}" + Microsoft.AspNetCore.Http.QueryString.Create(query.Where(p => p.Value is not null));
    }
}
