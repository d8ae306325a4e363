using Microsoft.AspNetCore.Identity;

namespace ContractorAiReview.Web.Account;

/// <summary>
/// Passwords by length, not composition (OWASP ASVS 5.0 V6.2): at least <see cref="MinimumLength"/> characters, up to
/// <see cref="MaximumLength"/> so passphrases fit, any characters, and not the person's own e-mail or name. Identity's
/// composition rules are switched off where this is registered; a password from the shipped list of breached passwords
/// (<see cref="CommonPasswords"/>) is refused.
/// </summary>
public sealed class PasswordPolicy(CommonPasswords breached) : IPasswordValidator<AppUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    /// <summary>
    /// Words of this system and its owner that a guesser tries first (OWASP ASVS 5.0 V6.1.2, V6.2.11), refused anywhere
    /// in a password, without case. Listed in docs/security.md.
    /// </summary>
    public static readonly IReadOnlyList<string> ContextWords =
        ["osaka", "oosaka", "ohsaka", "大阪", "contractoraireview", "aireview", "ai-review", "生成ai"];

    /// <summary>Shorter parts of a name or address are too common to refuse (e.g. "abe" or "jp").</summary>
    private const int ShortestPersonalPart = 4;

    public static void Configure(PasswordOptions options)
    {
        options.RequiredLength = MinimumLength;
        options.RequireDigit = false;
        options.RequireLowercase = false;
        options.RequireUppercase = false;
        options.RequireNonAlphanumeric = false;
        options.RequiredUniqueChars = 1;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (password.Length > MaximumLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = $"Passwords are at most {MaximumLength} characters." });
        }

        if (breached.Contains(password))
        {
            errors.Add(new IdentityError { Code = "PasswordBreached", Description = "The password is on a list of passwords known from breaches." });
        }

        if (ContextWords.Any(word => password.Contains(word, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsContextWord", Description = "The password contains the name of this system or the city." });
        }

        if (PersonalParts(user).Any(part => password.Contains(part, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsPersonalData", Description = "The password contains the e-mail address or the name." });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>The e-mail, its local part, and the display name with and without spaces.</summary>
    private static IEnumerable<string> PersonalParts(AppUser user)
    {
        var email = user.Email ?? user.UserName ?? "";
        var name = user.DisplayName.Trim();
        return new[] { email, email.Split('@')[0], name, string.Concat(name.Where(c => !char.IsWhiteSpace(c))) }
            .Where(part => part.Length >= ShortestPersonalPart)
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
