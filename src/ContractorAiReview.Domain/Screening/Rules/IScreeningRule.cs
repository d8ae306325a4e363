namespace ContractorAiReview.Domain.Screening.Rules;

/// <summary>One check of the pre-screen: a pure function of the request, its declarations and the catalogue.</summary>
public interface IScreeningRule
{
    IEnumerable<Finding> Check(ScreeningContext context);
}
