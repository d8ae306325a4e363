namespace ContractorAiReview.Web.Requests;

public sealed class RequestFormOptions
{
    /// <summary>How often the form saves changed answers as a draft (configuration: RequestForm:AutosaveInterval).</summary>
    public TimeSpan AutosaveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
