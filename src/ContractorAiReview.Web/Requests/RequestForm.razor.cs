using System.Text.RegularExpressions;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using ContractorAiReview.Web.Catalogue;
using ContractorAiReview.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ContractorAiReview.Web.Requests;

public partial class RequestForm
{
    private MudForm? _form;
    private ElementReference _summaryBox;
    private bool _focusSummary;
    private RequestContentValidator? _validator;
    private AiServiceUseValidator? _serviceValidator;
    private OfficialLabels? _labels;
    private Dictionary<string, string[]> _errors = [];
    private List<SummaryLine> _summary = [];
    private ScreeningResult _screening = new([]);
    private bool _touched;

    /// <summary>One line of the error summary: what, where to go, and why.</summary>
    private sealed record SummaryLine(string Label, string Target, string Message);

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

    /// <summary>The request's id once saved: sheets can be attached from then on.</summary>
    [Parameter]
    public int? RequestId { get; set; }

    [Inject]
    private IStringLocalizer<Strings> Localizer { get; set; } = default!;

    [Inject]
    private RequestScreening Screening { get; set; } = default!;

    /// <summary>The pre-screen of the answers as they stand (decision support; the department decides).</summary>
    public ScreeningResult ScreeningResult => _screening;

    private RequestContentValidator Validator => _validator ??= RequestContentValidator.For(Localizer, Guideline, isChange: Amended is not null, Screening);

    private AiServiceUseValidator ServiceValidator => _serviceValidator ??= new AiServiceUseValidator(Localizer);

    private OfficialLabels Labels => _labels ??= new OfficialLabels(Guideline.RequestForm, Localizer);

    /// <summary>
    /// The pre-screen speaks once the contractor has written something: an empty new form shows no blocker or warning.
    /// A saved draft or a returned request has answers, so its findings show from the start.
    /// </summary>
    private bool ShowsFindings => _touched || HasAnswers(Content);

    protected override void OnParametersSet() => _screening = Screening.Screen(Content, Guideline.Key);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusSummary && _summary.Count > 0)
        {
            _focusSummary = false;
            await _summaryBox.FocusAsync();
        }
    }

    /// <summary>The id of the input (or group) that answers <paramref name="propertyPath"/>: the error summary links to it.</summary>
    public static string FieldId(string propertyPath) => "field-" + NonWord().Replace(propertyPath, "-").Trim('-');

    /// <summary>
    /// Checks every field as the server will at submission; shows each error next to its field and, above the form, a
    /// summary linking to each, which takes the focus.
    /// </summary>
    public async Task<bool> ValidateForSubmitAsync()
    {
        ShowErrors(Validator.ErrorsOfFiling(Content));
        if (_form is not null)
        {
            await _form.ValidateAsync();
        }

        StateHasChanged();
        return _errors.Count == 0;
    }

    /// <summary>Shows errors the server returned (its validator is the same one; this covers a form changed elsewhere).</summary>
    public void ShowServerErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        ShowErrors(errors);
        StateHasChanged();
    }

    private void ShowErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        _errors = errors.ToDictionary();
        _summary = [.. errors.OrderBy(e => FormOrder(e.Key)).Select(e => new SummaryLine(LabelOf(e.Key), FieldId(e.Key), e.Value[0]))];
        _focusSummary = _summary.Count > 0;
    }

    /// <summary>A filing error of a property that is not a MudForm field (tick boxes, lists), shown until it is put right.</summary>
    private string? ErrorOf(string propertyPath) =>
        _errors.ContainsKey(propertyPath) && Validator.ErrorsOfFiling(Content).TryGetValue(propertyPath, out var messages) ? messages[0] : null;

    private Func<string, IEnumerable<string>> SubcontractorValidation(int index) =>
        _ => Validator.ErrorsOfFiling(Content).TryGetValue($"{nameof(RequestContent.Subcontractors)}[{index}]", out var messages) ? messages : [];

    private string Label(string label, string property) => Validator.Requires(property) ? Labels.Required(label) : label;

    // Beside its questions a card leaves out "not answered yet": the open question shows that already.
    private IReadOnlyList<Finding> FindingsForService(int index) =>
        ShowsFindings ? [.. _screening.ForContractor.Where(f => f.ServiceIndex == index && !f.IsUnansweredQuestion)] : [];

    private IEnumerable<ReturnItem> ReturnedFor(FormField field) => ReturnItems.Where(i => i.Target.Kind == ReturnTargetKind.Field && i.Target.Field == field);

    private IEnumerable<ReturnItem> ReturnedForService(int index) => ReturnItems.Where(i => i.Target.ServiceIndexIn(Content) == index);

    private IEnumerable<ReturnItem> ReturnedForChecklist(int number) =>
        ReturnItems.Where(i => i.Target.Kind == ReturnTargetKind.ChecklistItem && i.Target.ChecklistItem == number);

    private async Task ContentChangedAsync()
    {
        _touched = true;
        _screening = Screening.Screen(Content, Guideline.Key);
        await OnChanged.InvokeAsync();
    }

    private async Task OnUsedByContractorChanged(bool on)
    {
        Content.UsedByContractor = on;
        await ContentChangedAsync();
    }

    /// <summary>Ticking the second box opens one company name to fill; unticking it drops the names.</summary>
    private async Task OnUsedBySubcontractorsChanged(bool on)
    {
        Content.Subcontractors = on ? [""] : [];
        await ContentChangedAsync();
    }

    private async Task OnSubcontractorNamed(int index, string name)
    {
        Content.Subcontractors[index] = name;
        await ContentChangedAsync();
    }

    private async Task AddSubcontractorAsync()
    {
        Content.Subcontractors.Add("");
        await ContentChangedAsync();
    }

    private async Task RemoveSubcontractorAsync(int index)
    {
        Content.Subcontractors.RemoveAt(index);
        await ContentChangedAsync();
    }

    private async Task OnPledgeChanged(bool on)
    {
        Content.PledgeAcknowledged = on;
        await ContentChangedAsync();
    }

    private async Task OnTicked(int itemNumber, bool on)
    {
        Content.SetTicked(itemNumber, on);
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

    private static bool HasAnswers(RequestContent content) =>
        new[] { content.Business, content.Purpose, content.Method, content.ScopeOfUsers, content.SecurityManagement, content.UsageLogManagement, content.LegalCompliance }
            .Any(text => !string.IsNullOrWhiteSpace(text))
        || content.Services.Any(s => !string.IsNullOrWhiteSpace(s.ServiceName) || s.Modalities != AiModality.None || s.Declaration.CatalogueEntryId is not null);

    private string LabelOf(string propertyPath)
    {
        if (ServicePath().Match(propertyPath) is { Success: true } service)
        {
            var index = int.Parse(service.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var member = service.Groups[2].Value switch
            {
                nameof(AiServiceUse.Modalities) => Labels.ServiceKinds,
                nameof(AiServiceUse.OtherModality) => Localizer["Form.OtherModality"],
                nameof(AiServiceUse.ServiceName) => Labels.ServiceName,
                nameof(AiServiceUse.Provider) => Labels.Provider,
                nameof(AiServiceUse.TermsOfUse) => Labels.TermsOfUse,
                nameof(AiServiceUse.Provenance) => Labels.Provenance,
                var other => other,
            };
            return $"{Localizer["Form.ServiceHeading", index + 1]} {member}";
        }

        if (propertyPath.StartsWith(nameof(RequestContent.Subcontractors), StringComparison.Ordinal))
        {
            return $"{Labels.User} {Labels.Company}";
        }

        return propertyPath switch
        {
            nameof(RequestContent.ChangeDescription) => Localizer["Change.Description"],
            nameof(RequestContent.ChangeReason) => Localizer["Change.Reason"],
            nameof(RequestContent.ContractorAddress) => Labels.Address,
            nameof(RequestContent.ContractorName) => Labels.Name,
            nameof(RequestContent.RepresentativeTitleAndName) => Labels.Representative,
            nameof(RequestContent.UsedByContractor) => Labels.User,
            nameof(RequestContent.Business) => Labels.Business,
            nameof(RequestContent.Purpose) => Labels.Purpose,
            nameof(RequestContent.Method) => Labels.Method,
            nameof(RequestContent.Services) => Labels.Services,
            nameof(RequestContent.ScopeOfUsers) => Labels.ScopeOfUsers,
            nameof(RequestContent.SecurityManagement) => Labels.SecurityManagement,
            nameof(RequestContent.UsageLogManagement) => Labels.UsageLogManagement,
            nameof(RequestContent.LegalCompliance) => Labels.Legal,
            nameof(RequestContent.ScreeningJustification) => Localizer["Form.Justification"],
            nameof(RequestContent.TickedChecklistItems) => Labels.Part2,
            nameof(RequestContent.ContactDepartment) => $"{Labels.Contact} {Labels.ContactDepartment}",
            nameof(RequestContent.ContactName) => $"{Labels.Contact} {Labels.ContactName}",
            nameof(RequestContent.ContactPhone) => $"{Labels.Contact} {Labels.ContactPhone}",
            nameof(RequestContent.ContactFax) => $"{Labels.Contact} {Labels.ContactFax}",
            nameof(RequestContent.PledgeAcknowledged) => Localizer["Form.Pledge"],
            _ => propertyPath,
        };
    }

    /// <summary>The summary lists errors in the order the form asks the questions.</summary>
    private static int FormOrder(string propertyPath)
    {
        string[] order =
        [
            nameof(RequestContent.ChangeDescription), nameof(RequestContent.ChangeReason), nameof(RequestContent.ContractorAddress),
            nameof(RequestContent.ContractorName), nameof(RequestContent.RepresentativeTitleAndName), nameof(RequestContent.UsedByContractor),
            nameof(RequestContent.Subcontractors), nameof(RequestContent.Business), nameof(RequestContent.Purpose), nameof(RequestContent.Method),
            nameof(RequestContent.Services), nameof(RequestContent.ScopeOfUsers), nameof(RequestContent.SecurityManagement),
            nameof(RequestContent.UsageLogManagement), nameof(RequestContent.LegalCompliance), nameof(RequestContent.ScreeningJustification),
            nameof(RequestContent.TickedChecklistItems), nameof(RequestContent.ContactDepartment), nameof(RequestContent.ContactName),
            nameof(RequestContent.ContactPhone), nameof(RequestContent.ContactFax), nameof(RequestContent.PledgeAcknowledged),
        ];
        var root = propertyPath.Split('[', '.')[0];
        var position = Array.IndexOf(order, root);
        return (position < 0 ? order.Length : position) * 1000 + (ServicePath().Match(propertyPath) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"^Services\[(\d+)\]\.(\w+)$")]
    private static partial Regex ServicePath();
}
