using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Account;

/// <summary>Puts the person's organisation into the sign-in cookie so every handler can limit access without a lookup.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.DisplayNameClaim, user.DisplayName));
        if (user.ContractorId is { } contractorId)
        {
            identity.AddClaim(new Claim(CurrentUser.ContractorIdClaim, contractorId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.DepartmentId is { } departmentId)
        {
            identity.AddClaim(new Claim(CurrentUser.DepartmentIdClaim, departmentId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccountSetup.PasswordClaim, "true"));
        }

        if (!user.TwoFactorEnabled && Roles.Staff.Any(role => identity.HasClaim(identity.RoleClaimType, role)))
        {
            identity.AddClaim(new Claim(AccountSetup.AuthenticatorClaim, "true"));
        }

        return identity;
    }
}
