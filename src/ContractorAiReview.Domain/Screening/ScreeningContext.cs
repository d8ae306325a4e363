using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Screening;

/// <summary>How a service on the form was found in the catalogue.</summary>
public enum CatalogueMatchKind
{
    /// <summary>The contractor picked the entry.</summary>
    Picked,
    /// <summary>The typed name or an alias names exactly one entry.</summary>
    MatchedByName,
    /// <summary>The typed name names a service with several plans in the catalogue; none was picked.</summary>
    Ambiguous,
    /// <summary>Not in the catalogue: screened on the declarations alone.</summary>
    NotCatalogued,
}

/// <summary>One service of the request with its declaration and the catalogue entry it was matched to.</summary>
public sealed record ScreenedService(
    int Index,
    AiServiceUse Use,
    ServiceDeclaration Declaration,
    CatalogueMatchKind MatchKind,
    AiServiceEntry? Entry,
    IReadOnlyList<AiServiceEntry> Candidates)
{
    /// <summary>Field path of a property of this service on the form, for the UI to place the finding.</summary>
    public string FormField(string property) => $"{nameof(RequestContent.Services)}[{Index}].{property}";

    /// <summary>Field path of a declaration answer of this service.</summary>
    public string DeclarationField(string property) => $"Declarations[{Index}].{property}";

    /// <summary>An untouched row of a draft: no name, no catalogue pick, no modality. Rules say nothing about it.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Use.ServiceName) && Entry is null && Use.Modalities == AiModality.None;

    /// <summary>The name as typed; the picked entry's name when none was typed.</summary>
    public string Name =>
        !string.IsNullOrWhiteSpace(Use.ServiceName) ? Use.ServiceName.Trim() : Entry?.ServiceName ?? $"サービス{Index + 1}";
}

/// <summary>What every rule sees: the input, the guideline version (for the official rule text) and the matched services.</summary>
public sealed class ScreeningContext
{
    public ScreeningContext(ScreeningInput input, Guideline guideline, AiServiceCatalogue catalogue)
    {
        Input = input;
        Guideline = guideline;
        Catalogue = catalogue;
        Services = input.Content.Services
            // A missing row (null in imported JSON or built in code) is an empty row, never a crash.
            .Select((use, index) => Resolve(index, use ?? new AiServiceUse(), input.DeclarationFor(index), catalogue))
            .ToList();
    }

    public ScreeningInput Input { get; }

    public Guideline Guideline { get; }

    /// <summary>The catalogue the services were matched against, for rules that compare a name or a plan with it.</summary>
    public AiServiceCatalogue Catalogue { get; }

    public RequestContent Content => Input.Content;

    public IReadOnlyList<ScreenedService> Services { get; }

    /// <summary>A finding about one service, quoting the official text of the rule from the guideline version.</summary>
    public Finding ServiceFinding(
        int? ruleNumber, string code, FindingSeverity severity, ScreenedService service, string field, string message,
        params FindingFact[] facts) =>
        new(code, severity, ruleNumber, ruleNumber is { } n ? Guideline.Rule(n).Text : null, service.Index, service.Name,
            field, message, facts);

    /// <summary>A finding about the request as a whole.</summary>
    public Finding RequestFinding(int? ruleNumber, string code, FindingSeverity severity, string field, string message,
        params FindingFact[] facts) =>
        new(code, severity, ruleNumber, ruleNumber is { } n ? Guideline.Rule(n).Text : null, null, null, field, message,
            facts);

    private static ScreenedService Resolve(int index, AiServiceUse use, ServiceDeclaration declaration, AiServiceCatalogue catalogue)
    {
        if (declaration.CatalogueEntryId is { } id && catalogue.FindById(id) is { } picked)
        {
            return new ScreenedService(index, use, declaration, CatalogueMatchKind.Picked, picked, [picked]);
        }

        var candidates = catalogue.MatchName(use.ServiceName);
        if (candidates.Count > 1 && !string.IsNullOrWhiteSpace(declaration.Plan))
        {
            // "ChatGPT" with the declared plan "Plus" is the alias "ChatGPT Plus": one plan, no need to ask.
            var narrowed = catalogue.MatchName($"{use.ServiceName} {declaration.Plan}");
            if (narrowed.Count == 1)
            {
                candidates = narrowed;
            }
        }

        return candidates.Count switch
        {
            0 => new ScreenedService(index, use, declaration, CatalogueMatchKind.NotCatalogued, null, candidates),
            1 => new ScreenedService(index, use, declaration, CatalogueMatchKind.MatchedByName, candidates[0], candidates),
            _ => new ScreenedService(index, use, declaration, CatalogueMatchKind.Ambiguous, null, candidates),
        };
    }
}
