namespace ContractorAiReview.Web.Account;

public sealed class InvitationOptions
{
    /// <summary>How long an invitation link can be used (default 72 hours).</summary>
    public TimeSpan ValidFor { get; set; } = TimeSpan.FromHours(72);
}
