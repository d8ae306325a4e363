using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Screening;

/// <summary>
/// What is screened: the request as written, the declarations aligned with <see cref="RequestContent.Services"/> by
/// index (a missing one counts as unanswered), and the key of the guideline version the request is filed under.
/// </summary>
public sealed record ScreeningInput(RequestContent Content, IReadOnlyList<ServiceDeclaration> Declarations, string GuidelineKey)
{
    /// <summary>The request's answers with the declarations kept on each service.</summary>
    public static ScreeningInput Of(RequestContent content, string guidelineKey) =>
        new(content, [.. content.Services.Select(s => s?.Declaration ?? ServiceDeclaration.Unanswered)], guidelineKey);

    public ServiceDeclaration DeclarationFor(int serviceIndex) =>
        serviceIndex < Declarations.Count ? Declarations[serviceIndex] ?? ServiceDeclaration.Unanswered : ServiceDeclaration.Unanswered;
}
