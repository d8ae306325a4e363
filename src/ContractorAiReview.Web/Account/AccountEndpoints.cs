using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace ContractorAiReview.Web.Account;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Signing out, by the person or by the page when the session ends for lack of use ("idle") or at its
        // absolute end ("expired"); the sign-in page then says why.
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<AppUser> signIn, Audit.AuditLog audit, [FromForm] string? reason) =>
        {
            var ended = reason is "idle" or "expired" ? reason : null;
            // A new security stamp ends this session everywhere: a copied cookie stops working too, and the person's
            // pages open in other tabs at their next check (within a minute). Not ended here at once: the sign-out
            // comes from one of those pages, whose own circuit would race this answer's redirect.
            if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
                await audit.RecordAsync(Audit.AuditEvent.SignedOut, http, CurrentUser.From(http.User), user.Email, detail: ended);
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(ended is null ? "~/account/login" : $"~/account/login?ended={ended}");
        }).RequireAuthorization();

        // What the session script requests while the person works on an open page: any authenticated request renews
        // the sign-in cookie (its idle time starts again).
        app.MapGet("/account/session", () => TypedResults.NoContent()).RequireAuthorization();

        // The person's language choice is stored on their account and carried in the culture cookie.
        app.MapPost("/account/language", async (
            HttpContext http, UserManager<AppUser> users, [FromForm] string culture, [FromForm] string? returnUrl) =>
        {
            if (culture is not ("ja" or "en"))
            {
                return Results.BadRequest();
            }

            var chosen = culture;
            var user = await users.GetUserAsync(http.User);
            if (user is not null)
            {
                user.Culture = chosen;
                await users.UpdateAsync(user);
            }

            SetCultureCookie(http, chosen);
            return Results.LocalRedirect(IsLocalPath(returnUrl) ? returnUrl : "/");
        }).RequireAuthorization();

        return app;
    }

    /// <summary>A path on this site: "/x", never "//host" or "/\\host" (both leave the site) nor an absolute URL.</summary>
    public static bool IsLocalPath([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) =>
        url is ['/', ..] && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);

    public static void SetCultureCookie(HttpContext http, string culture) =>
        http.Response.Cookies.Append(
            http.RequestServices.GetRequiredService<Infrastructure.Security.CookieNames>().Culture,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
            });
}
