using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Web.Components.Shared;
using ContractorAiReview.Web.Organisations;
using ContractorAiReview.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ContractorAiReview.Web.Contracts;

public partial class ContractEditPage
{
    private MudForm? _form;
    private ContractForm? _model;
    private ContractFormValidator? _validator;
    private Choice? _department; // the names of the contract's department and contractor as it opens
    private Choice? _contractor;
    private IReadOnlyList<SpecificationIssue> _history = [];
    private bool _notFound;
    private bool _saving;

    // The validator field by field, and the server's refusals (a duplicate number) while the form still holds what was refused.
    private FormCheck<ContractForm>? _check;

    [Parameter]
    public int? ContractId { get; set; }

    [Inject]
    private ContractCommands Contracts { get; set; } = default!;

    [Inject]
    private OrganisationChoices Choices { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Strings> Localizer { get; set; } = default!;

    private string Heading => ContractId is null ? Localizer["Contracts.New"] : Localizer["Contracts.Edit"];

    private ContractFormValidator Validator => _validator ??= new ContractFormValidator(Localizer);

    /// <summary>From 平成元年度 to next year, newest first.</summary>
    private IEnumerable<int> FiscalYears =>
        Enumerable.Range(ContractFormValidator.FirstFiscalYear, ThisFiscalYear - ContractFormValidator.FirstFiscalYear + 2).Reverse();

    private int ThisFiscalYear => JapaneseDate.FiscalYearOf(JapaneseDate.JapanDateOf(Clock.GetUtcNow()));

    private DateTime? TermStart
    {
        get => _model?.TermStart?.ToDateTime(TimeOnly.MinValue);
        set => _model!.TermStart = value is { } date ? DateOnly.FromDateTime(date) : null;
    }

    private DateTime? TermEnd
    {
        get => _model?.TermEnd?.ToDateTime(TimeOnly.MinValue);
        set => _model!.TermEnd = value is { } date ? DateOnly.FromDateTime(date) : null;
    }

    protected override async Task OnParametersSetAsync()
    {
        var user = await GetCurrentUserAsync();
        if (ContractId is { } id)
        {
            _model = await Contracts.GetFormAsync(user, id);
            _notFound = _model is null;
            _history = await Contracts.SpecificationHistoryAsync(user, id);
        }
        else
        {
            _model = new ContractForm { FiscalYear = ThisFiscalYear };
        }

        _department = await Choices.DepartmentAsync(user, _model?.DepartmentId);
        _contractor = await Choices.CompanyAsync(user, _model?.ContractorId);
    }

    private async Task<IReadOnlyList<Choice>> SearchDepartmentsAsync(string? text, CancellationToken ct) =>
        await Choices.DepartmentsAsync(await GetCurrentUserAsync(), text, ct: ct);

    private async Task<IReadOnlyList<Choice>> SearchContractorsAsync(string? text, CancellationToken ct) =>
        await Choices.CompaniesAsync(await GetCurrentUserAsync(), text, ct);

    /// <summary>MudForm's per-field hook.</summary>
    private Func<T, IEnumerable<string>> Check<T>(string property) => (_check ??= new(Validator, () => _model!)).Field<T>(property);

    private async Task SaveAsync()
    {
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        _saving = true;
        var user = await GetCurrentUserAsync();
        var result = ContractId is { } id
            ? await Contracts.UpdateAsync(user, id, _model!)
            : await Contracts.CreateAsync(user, _model!);
        _saving = false;
        if (result.Succeeded)
        {
            Snackbar.Add(Localizer["Contracts.Saved"], Severity.Success);
            Navigation.NavigateTo("contracts");
            return;
        }

        if (result.Errors is { } errors)
        {
            _check?.Refused(errors);
            await _form.ValidateAsync();
        }

        Snackbar.Add(result.Explain(Localizer), Severity.Error);
    }
}
