using ContractorAiReview.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Account;

/// <summary>Identity's refusals (password rules, duplicate names) in the person's language.</summary>
public static class IdentityMessages
{
    /// <param name="minimumLength">The configured minimum password length, for the message that names it.</param>
    public static string Describe(IdentityError error, IStringLocalizer<Strings> l, int minimumLength = 0)
    {
        var key = $"Identity.{error.Code}";
        var text = l[key, minimumLength];
        return text.ResourceNotFound ? error.Description : text.Value;
    }
}
