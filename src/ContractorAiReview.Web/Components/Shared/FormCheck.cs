using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;

namespace ContractorAiReview.Web.Components.Shared;

/// <summary>
/// A MudForm's field validation from the form model's one FluentValidation validator (only the field MudForm asks
/// about), plus what the server refused (a duplicate name, say) shown at its field until the person changes the form.
/// </summary>
public sealed class FormCheck<TModel>(IValidator<TModel> validator, Func<TModel> model)
{
    private IReadOnlyDictionary<string, string[]> _refusals = new Dictionary<string, string[]>();
    private string? _refusedState;

    /// <summary>For a field's <c>Validation</c> parameter.</summary>
    public Func<T, IEnumerable<string>> Field<T>(string property) => _ =>
    {
        var current = model();
        var errors = validator.Validate(ValidationContext<TModel>.CreateWithOptions(current, o => o.IncludeProperties(property)))
            .Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage);
        return _refusedState == State(current) ? errors.Concat(_refusals.GetValueOrDefault(property, [])).Distinct() : errors;
    };

    /// <summary>Keeps the server's errors for the form as it was sent; the form's next validation shows them.</summary>
    public void Refused(IReadOnlyDictionary<string, string[]> errors)
    {
        _refusals = errors;
        _refusedState = State(model());
    }

    /// <summary>The errors for a field that has no input of its own (or none yet), e.g. a form-wide message.</summary>
    public IEnumerable<string> RefusalsFor(string property) =>
        _refusedState == State(model()) ? _refusals.GetValueOrDefault(property, []) : [];

    private static string State(TModel current) => JsonSerializer.Serialize(current);

    /// <summary>Errors keyed by property name, as <see cref="CommandResult"/> carries them.</summary>
    /// <param name="ruleSets">Rule sets to run besides the default ones.</param>
    public static Dictionary<string, string[]> ErrorsOf(IValidator<TModel> validator, TModel form, params string[] ruleSets) =>
        validator.Validate(form, o => o.IncludeRuleSets([RulesetValidatorSelector.DefaultRuleSetName, .. ruleSets])).Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
}
