using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContractorAiReview.Web.Components.Shared;

/// <summary>
/// A dialog that edits one form model: validates field by field with the model's validator, sends it to the handler
/// (which validates again), closes on success and shows the server's refusals at their fields otherwise.
/// </summary>
public abstract class FormDialogBase<TForm> : ComponentBase
{
    [CascadingParameter]
    protected IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public TForm Form { get; set; } = default!;

    /// <summary>The handler call that saves the form on the server.</summary>
    [Parameter, EditorRequired]
    public Func<TForm, Task<CommandResult>> Save { get; set; } = default!;

    protected MudForm? FormRef { get; set; }

    protected FormCheck<TForm> Check { get; private set; } = default!;

    protected bool Saving { get; private set; }

    /// <summary>A refusal that belongs to no field (the lifecycle, a rule such as "the last administrator").</summary>
    protected string? Refusal { get; private set; }

    protected abstract IValidator<TForm> CreateValidator();

    protected override void OnInitialized() => Check = new(CreateValidator(), () => Form);

    protected async Task SaveAsync()
    {
        Refusal = null;
        await FormRef!.ValidateAsync();
        if (!FormRef.IsValid)
        {
            return;
        }

        Saving = true;
        var result = await Save(Form);
        Saving = false;
        if (result.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(result));
            return;
        }

        var errors = result.Errors ?? new Dictionary<string, string[]>();
        Refusal = errors.TryGetValue("", out var general) ? string.Join(" ", general) : null;
        Check.Refused(errors);
        await FormRef.ValidateAsync();
    }
}
