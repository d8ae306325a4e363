using System.Text.RegularExpressions;

namespace ContractorAiReview.Web.Tests.Infrastructure.Security;

/// <summary>Posts the app bar's language form as the browser does: the antiforgery token from a page, then the form.</summary>
public static partial class LanguageSwitch
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string culture, string? returnUrl, CancellationToken ct)
    {
        var page = await client.GetStringAsync("/", ct);
        var token = Token().Match(page).Groups[1].Value;
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["culture"] = culture };
        if (returnUrl is not null)
        {
            form["returnUrl"] = returnUrl;
        }

        return await client.PostAsync("/account/language", new FormUrlEncodedContent(form), ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
