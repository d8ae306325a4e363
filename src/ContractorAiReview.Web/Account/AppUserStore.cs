using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace ContractorAiReview.Web.Account;

/// <summary>
/// Identity's store, but recovery codes are kept hashed (OWASP ASVS 5.0 V6.5.2): a code has about 50 bits, so it is
/// hashed like a password, with Identity's own password hasher (PBKDF2, salted). Identity keeps them as issued.
/// </summary>
public sealed class AppUserStore(AppDbContext context, IPasswordHasher<AppUser> hasher, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole, AppDbContext>(context, describer)
{
    private const string Provider = "[AspNetUserStore]";
    private const string Name = "RecoveryCodes";

    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        SetTokenAsync(user, Provider, Name, string.Join(";", recoveryCodes.Select(code => hasher.HashPassword(user, code))), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken = default)
    {
        var hashes = (await GetTokenAsync(user, Provider, Name, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        var used = hashes.FirstOrDefault(hash => hasher.VerifyHashedPassword(user, hash, code) != PasswordVerificationResult.Failed);
        if (used is null)
        {
            return false;
        }

        await SetTokenAsync(user, Provider, Name, string.Join(";", hashes.Where(hash => hash != used)), cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(AppUser user, CancellationToken cancellationToken = default) =>
        (await GetTokenAsync(user, Provider, Name, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Length;
}
