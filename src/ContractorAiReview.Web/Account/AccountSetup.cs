using System.Security.Claims;

namespace ContractorAiReview.Web.Account;

/// <summary>
/// What a person must do before anything else, in this order: replace a password an administrator chose (a new staff
/// account, a reset), then, for city staff, set up an authenticator app (two-step sign-in). Each step is a claim in the
/// sign-in cookie; finishing the step reissues the cookie without it.
/// </summary>
public static class AccountSetup
{
    public const string PasswordClaim = "car:must-change-password";
    public const string PasswordPath = "/account/password";
    public const string AuthenticatorClaim = "car:must-set-up-authenticator";
    public const string AuthenticatorPath = "/account/authenticator";

    /// <summary>The page of the first step still open, or null when the account is set up.</summary>
    public static string? PendingStep(ClaimsPrincipal user) =>
        user.HasClaim(c => c.Type == PasswordClaim) ? PasswordPath
        : user.HasClaim(c => c.Type == AuthenticatorClaim) ? AuthenticatorPath
        : null;

    public static IApplicationBuilder UseAccountSetup(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path;
        if (PendingStep(context.User) is { } step
            && HttpMethods.IsGet(context.Request.Method)
            && !path.StartsWithSegments(step)
            && !path.StartsWithSegments("/account/logout")
            && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments("/_content") && !path.StartsWithSegments("/_blazor")
            && !Path.HasExtension(path.Value))
        {
            context.Response.Redirect(step);
            return Task.CompletedTask;
        }

        return next(context);
    });
}
