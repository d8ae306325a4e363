namespace ContractorAiReview.Web.Account;

/// <summary>
/// A person whose password an administrator chose (a new staff account, a reset) goes to the change-password page
/// before anything else. The claim is in the sign-in cookie; changing the password reissues the cookie without it.
/// </summary>
public static class PasswordChangeRequirement
{
    public const string Claim = "car:must-change-password";
    public const string PagePath = "/account/password";

    public static IApplicationBuilder UsePasswordChangeRequirement(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(c => c.Type == Claim)
            && HttpMethods.IsGet(context.Request.Method)
            && !path.StartsWithSegments(PagePath)
            && !path.StartsWithSegments("/account/logout")
            && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments("/_content") && !path.StartsWithSegments("/_blazor")
            && !Path.HasExtension(path.Value))
        {
            context.Response.Redirect(PagePath);
            return Task.CompletedTask;
        }

        return next(context);
    });
}
