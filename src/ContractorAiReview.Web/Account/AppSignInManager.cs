using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Account;

/// <summary>
/// Identity's sign-in, refusing disabled accounts (the answer is the same as for a wrong password), and answering in the
/// same time whether or not the account exists (OWASP ASVS 5.0 V6.3.8): an unknown e-mail, a disabled or a locked
/// account costs the same password-hash work as a wrong password for a real one.
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    TimeProvider clock)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly AppUser Nobody = new() { Id = "nobody", UserName = "nobody" };
    private static string? _nobodysHash;

    /// <summary>
    /// Every sign-in records when it happened, for the absolute session lifetime (<see cref="SessionLifetime"/>). A
    /// renewal of the same person's cookie (a password change, setting up the app) keeps the original time.
    /// </summary>
    public override Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        var current = Context.User;
        var signedInAt = current.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value == user.Id
                         && SessionLifetime.SignedInAtOf(current) is { } earlier
            ? earlier
            : clock.GetUtcNow();
        return base.SignInWithClaimsAsync(user, authenticationProperties,
            [.. additionalClaims.Where(c => c.Type != SessionLifetime.SignedInAtClaim), SessionLifetime.SignedInAt(signedInAt)]);
    }

    public override async Task<bool> CanSignInAsync(AppUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            HashWork(password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>Identity refuses a disabled or locked account before it checks the password; the hash work is done anyway.</summary>
    protected override async Task<SignInResult?> PreSignInCheck(AppUser user)
    {
        var refusal = await base.PreSignInCheck(user);
        if (refusal is not null)
        {
            HashWork("");
        }

        return refusal;
    }

    /// <summary>Verifies the password against a hash no one has: the same work, with the same hasher settings, as a real check.</summary>
    private void HashWork(string password)
    {
        _nobodysHash ??= UserManager.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        UserManager.PasswordHasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
    }
}
