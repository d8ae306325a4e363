namespace ContractorAiReview.Web.Tests.Infrastructure.Security;

/// <summary>Posts the app bar's language form as the browser does: the antiforgery token from a page, then the form.</summary>
public static class LanguageSwitch
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string culture, string? returnUrl, CancellationToken ct)
    {
        var page = await client.GetStringAsync("/", ct);
        var token = AppFactory.AntiforgeryTokenOf(page);
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["culture"] = culture };
        if (returnUrl is not null)
        {
            form["returnUrl"] = returnUrl;
        }

        return await client.PostAsync("/account/language", new FormUrlEncodedContent(form), ct);
    }
}
