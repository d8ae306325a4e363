using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using ContractorAiReview.Web.Catalogue;
using ContractorAiReview.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ContractorAiReview.Web.Requests;

public partial class RequestForm
{
    private MudForm? _form;
    private RequestContentValidator? _validator;
    private string? _checklistError;
    private Dictionary<string, string[]> _wholeFormErrors = [];
    private ScreeningResult _screening = new([]);

    [Parameter, EditorRequired]
    public RequestContent Content { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guideline Guideline { get; set; } = default!;

    /// <summary>The reasons of the return being answered, each shown beside what it is about.</summary>
    [Parameter]
    public IReadOnlyList<ReturnItem> ReturnItems { get; set; } = [];

    /// <summary>For a change request: the confirmed answers it changes (the form then asks what changes and why, and names the rules touched).</summary>
    [Parameter]
    public RequestContent? Amended { get; set; }

    /// <summary>Raised on every change, so the page can autosave or screen the answers.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private IStringLocalizer<Strings> Localizer { get; set; } = default!;

    [Inject]
    private RequestScreening Screening { get; set; } = default!;

    [Inject]
    private AiServiceCatalogueStore CatalogueStore { get; set; } = default!;

    private AiServiceCatalogue Catalogue => CatalogueStore.Current;

    /// <summary>The pre-screen of the answers as they stand (decision support; the department decides).</summary>
    public ScreeningResult ScreeningResult => _screening;

    protected override void OnParametersSet() => _screening = Screening.Screen(Content, Guideline.Key);

    private RequestContentValidator Validator => _validator ??= new RequestContentValidator(Localizer, Guideline.ChecklistItems.Count, isChange: Amended is not null);

    private IEnumerable<ReturnItem> ReturnedFor(FormField field) => ReturnItems.Where(i => i.Target.Kind == ReturnTargetKind.Field && i.Target.Field == field);

    private IEnumerable<ReturnItem> ReturnedForService(int index) => ReturnItems.Where(i => i.Target.ServiceIndexIn(Content) == index);

    private IEnumerable<ReturnItem> ReturnedForChecklist(int number) =>
        ReturnItems.Where(i => i.Target.Kind == ReturnTargetKind.ChecklistItem && i.Target.ChecklistItem == number);

    /// <summary>Checks every field as the server will at submission; shows each error next to its field.</summary>
    public async Task<bool> ValidateForSubmitAsync()
    {
        var result = ValidateWhole();
        _wholeFormErrors = result;
        _checklistError = result.TryGetValue(nameof(RequestContent.TickedChecklistItems), out var checklist) ? checklist[0] : null;
        if (_form is not null)
        {
            await _form.ValidateAsync();
        }

        StateHasChanged();
        return result.Count == 0;
    }

    /// <summary>Shows errors the server returned (its validator is the same one; this covers a form changed elsewhere).</summary>
    public void ShowServerErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        _wholeFormErrors = errors.ToDictionary();
        _checklistError = errors.TryGetValue(nameof(RequestContent.TickedChecklistItems), out var checklist) ? checklist[0] : null;
        StateHasChanged();
    }

    private Dictionary<string, string[]> ValidateWhole()
    {
        var errors = Validator.Validate(Content, o => o.IncludeRuleSets(RequestContentValidator.SubmitRuleSet).IncludeRulesNotInRuleSet())
            .Errors.GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

        // The same rule the server applies at submission (RequestCommands): a blocker is changed or explained.
        if (_screening.HasBlockers && string.IsNullOrWhiteSpace(Content.ScreeningJustification))
        {
            errors[nameof(RequestContent.ScreeningJustification)] = [Localizer["Validation.JustificationRequired"]];
        }

        return errors;
    }

    /// <summary>MudForm's per-field hook: the whole validator runs, and the field gets its own errors.</summary>
    private Task<IEnumerable<string>> ValidateField(object model, string propertyPath)
    {
        var errors = ValidateWhole();
        return Task.FromResult<IEnumerable<string>>(errors.TryGetValue(propertyPath, out var messages) ? messages : []);
    }

    /// <summary>
    /// A service's field validates through its own hook: MudForm names a field inside a list by its member name
    /// only, so the form-level hook cannot tell which service it belongs to.
    /// </summary>
    private Func<T, IEnumerable<string>> ServiceField<T>(int index, string member) =>
        _ => ValidateWhole().TryGetValue($"Services[{index}].{member}", out var messages) ? messages : [];

    private string? ModalityErrors(int index) =>
        _wholeFormErrors.TryGetValue($"Services[{index}].Modalities", out var messages) && Content.Services[index].Modalities == AiModality.None
            ? messages[0]
            : null;

    private async Task ContentChangedAsync()
    {
        _screening = Screening.Screen(Content, Guideline.Key);
        await OnChanged.InvokeAsync();
    }

    private async Task OnUserChanged(RequestUser user)
    {
        Content.User = user;
        await ContentChangedAsync();
    }

    /// <summary>Picking a catalogue entry fills the service's name and provider as the catalogue spells them.</summary>
    private async Task OnCatalogueEntryChosen(AiServiceUse service, string? entryId)
    {
        service.Declaration = service.Declaration with { CatalogueEntryId = entryId };
        if (entryId is not null && Catalogue.FindById(entryId) is { } entry)
        {
            service.ServiceName = entry.ServiceName;
            service.Provider = entry.Provider;
            service.Declaration = service.Declaration with { Plan = service.Declaration.Plan ?? entry.Plan };
        }

        await ContentChangedAsync();
    }

    private async Task OnModalityChanged(AiServiceUse service, AiModality modality, bool on)
    {
        service.Set(modality, on);
        if (!service.NeedsProvenance)
        {
            service.Provenance = null;
        }

        await ContentChangedAsync();
    }

    private async Task OnTicked(int itemNumber, bool on)
    {
        Content.SetTicked(itemNumber, on);
        if (_checklistError is not null && Guideline.ChecklistItems.All(i => Content.IsTicked(i.Number)))
        {
            _checklistError = null;
        }

        await ContentChangedAsync();
    }

    private async Task AddService()
    {
        Content.Services.Add(new AiServiceUse());
        await ContentChangedAsync();
    }

    private async Task RemoveService(int index)
    {
        Content.Services.RemoveAt(index);
        await ContentChangedAsync();
    }
}
