using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Account;

/// <summary>
/// Password reset tokens as ASP.NET Core Identity's data-protection provider makes them (protected: created-at, user,
/// purpose, security stamp), but timed by the app's <see cref="TimeProvider"/>: Identity's own provider reads the
/// system clock, so a token's expiry could not be tested without waiting. Single use comes from the security stamp,
/// which a successful reset changes.
/// </summary>
public sealed class ExpiringTokenProvider(
    IDataProtectionProvider dataProtection, IOptions<DataProtectionTokenProviderOptions> options, TimeProvider clock)
    : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "Expiring";

    private readonly IDataProtector _protector = dataProtection.CreateProtector("ContractorAiReview.Account.ExpiringTokens");

    public async Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user)
    {
        using var stream = new MemoryStream();
        await using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }

        return WebEncoders.Base64UrlEncode(_protector.Protect(stream.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))), Encoding.UTF8);
            var created = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            return created + options.Value.TokenLifespan >= clock.GetUtcNow()
                   && reader.ReadString() == await manager.GetUserIdAsync(user)
                   && reader.ReadString() == purpose
                   && reader.ReadString() == (await manager.GetSecurityStampAsync(user) ?? "");
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException or EndOfStreamException)
        {
            return false;
        }
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(false);
}
