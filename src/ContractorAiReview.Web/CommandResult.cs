namespace ContractorAiReview.Web;

public enum CommandOutcome
{
    Ok,
    /// <summary>Not there, or not visible to this person: the two are not told apart.</summary>
    NotFound,
    /// <summary>Visible, but this person's role may not do this.</summary>
    Forbidden,
    /// <summary>Validation failed; see <see cref="CommandResult.Errors"/>.</summary>
    Invalid,
    /// <summary>The lifecycle refused the move, or someone else changed the request meanwhile.</summary>
    Conflict,
}

/// <summary>What a handler did. Errors are keyed by the form's property path (e.g. "Services[0].ServiceName"); messages are localized.</summary>
public sealed record CommandResult(CommandOutcome Outcome, int? Id = null, IReadOnlyDictionary<string, string[]>? Errors = null, int? Version = null)
{
    public bool Succeeded => Outcome == CommandOutcome.Ok;

    /// <param name="version">The request's concurrency version after the change, for the next save.</param>
    public static CommandResult Ok(int id, int? version = null) => new(CommandOutcome.Ok, id, Version: version);
    public static readonly CommandResult NotFound = new(CommandOutcome.NotFound);
    public static readonly CommandResult Forbidden = new(CommandOutcome.Forbidden);

    public static CommandResult Conflict(string message) =>
        new(CommandOutcome.Conflict, Errors: new Dictionary<string, string[]> { [""] = [message] });

    public static CommandResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(CommandOutcome.Invalid, Errors: errors);

    /// <summary>One sentence for the person: why the command did not go through.</summary>
    public string Explain(Microsoft.Extensions.Localization.IStringLocalizer<Resources.Strings> l) => Outcome switch
    {
        CommandOutcome.NotFound => l["Error.RequestNotFound"],
        CommandOutcome.Forbidden => l["Error.NoPermission"],
        _ => Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? l["Error.Unexpected"],
    };
}
