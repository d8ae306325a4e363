using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;

namespace ContractorAiReview.Web.Catalogue;

/// <summary>Screens a request's answers against its guideline version's rules and the current catalogue. Pure and fast: run on every keystroke.</summary>
public sealed class RequestScreening(GuidelineLibrary guidelines, AiServiceCatalogueStore catalogue)
{
    public ScreeningResult Screen(RequestContent content, string guidelineKey) =>
        new RequestScreener(guidelines.Get(guidelineKey), catalogue.Current).Screen(ScreeningInput.Of(content, guidelineKey));

    /// <summary>For a change request, the findings it adds to the request it amends are marked new.</summary>
    public IReadOnlyList<Finding> ScreenChange(RequestContent change, RequestContent amended, string guidelineKey, string amendedGuidelineKey) =>
        ChangeRequestFindings.MarkNew(Screen(change, guidelineKey).Findings, Screen(amended, amendedGuidelineKey).Findings);
}
