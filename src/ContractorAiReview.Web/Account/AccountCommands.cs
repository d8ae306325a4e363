using ContractorAiReview.Web.Audit;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Account;

/// <summary>Setting a password: the invitee's first, and everyone's own change.</summary>
public sealed class PasswordForm
{
    public string CurrentPassword { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class PasswordFormValidator : AbstractValidator<PasswordForm>
{
    public const string InvitationRuleSet = "Invitation";
    public const string ChangeRuleSet = "Change";

    public PasswordFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(f => f.NewPassword).Must(v => !string.IsNullOrEmpty(v)).WithMessage(_ => l["Validation.Required"])
            .MaximumLength(128).WithMessage(_ => l["Validation.MaxLength", 128]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(_ => l["Account.PasswordsDiffer"]);
        RuleSet(InvitationRuleSet, () =>
            RuleFor(f => f.DisplayName).Cascade(CascadeMode.Stop).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"])
                .MaximumLength(100).WithMessage(_ => l["Validation.MaxLength", 100]));
        RuleSet(ChangeRuleSet, () =>
            RuleFor(f => f.CurrentPassword).Must(v => !string.IsNullOrEmpty(v)).WithMessage(_ => l["Validation.Required"]));
    }
}

/// <summary>What an authenticator app needs: the shared key, and the same as a link for the QR code.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri);

/// <summary>The person's own account: accepting an invitation, changing the password, the authenticator app (two-step sign-in).</summary>
public sealed class AccountCommands(
    IDbContextFactory<AppDbContext> dbFactory, UserManager<AppUser> users, IUserStore<AppUser> userStore, AuditLog audit, TimeProvider clock,
    IStringLocalizer<Strings> l, Notifications.MailTemplates templates, Notifications.MailOptions mail,
    Microsoft.Extensions.Options.IOptions<Documents.DocumentOptions> documents,
    Microsoft.Extensions.Options.IOptions<DataProtectionTokenProviderOptions> tokens)
{
    /// <summary>
    /// "Forgot password": e-mails the person a single-use link to choose a new password, valid for the token lifespan.
    /// The caller says the same whether or not the address belongs to anyone, and so does this (nothing is returned);
    /// a disabled account gets nothing.
    /// </summary>
    public async Task RequestPasswordResetAsync(string? email, HttpContext? http = null, CancellationToken ct = default)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        await audit.RecordAsync(AuditEvent.PasswordResetRequested, http, null, email?.Trim(), detail: user is null ? "unknown address" : null, ct: ct);
        if (user is null || user.IsDisabled || string.IsNullOrEmpty(user.Email))
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{documents.Value.PublicBaseUrl?.TrimEnd('/')}/account/reset?email={Uri.EscapeDataString(user.Email)}&token={Uri.EscapeDataString(token)}";
        var text = templates.Render(Notifications.MailTemplates.PasswordReset, user.Culture, new Dictionary<string, string?>
        {
            ["Name"] = user.DisplayName,
            ["Link"] = link,
            ["ValidFor"] = ((int)tokens.Value.TokenLifespan.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OutboxMessages.Add(Notifications.OutboxMessage.Create(
            Notifications.MailTemplates.PasswordReset, user.Email, user.DisplayName, text.Subject, text.Body, mail.MessageIdDomain, clock.GetUtcNow(),
            containsSecret: true));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Sets a new password with the link's token: the token works once (the new security stamp ends it, and every
    /// session of the person), and not after its lifespan. A bad or used token says so, in one message.
    /// </summary>
    public async Task<CommandResult> ResetPasswordAsync(string? email, string? token, PasswordForm form, HttpContext? http = null, CancellationToken ct = default)
    {
        var errors = Components.Shared.FormCheck<PasswordForm>.ErrorsOf(new PasswordFormValidator(l), form);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled || string.IsNullOrEmpty(token))
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { [""] = [l["Account.Reset.InvalidLink"]] });
        }

        var reset = await users.ResetPasswordAsync(user, token, form.NewPassword);
        if (!reset.Succeeded)
        {
            return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? CommandResult.Invalid(new Dictionary<string, string[]> { [""] = [l["Account.Reset.InvalidLink"]] })
                : CommandResult.Invalid(new Dictionary<string, string[]>
                {
                    [nameof(PasswordForm.NewPassword)] = [.. reset.Errors.Select(e => IdentityMessages.Describe(e, l, users.Options.Password.RequiredLength))],
                });
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.RecordAsync(AuditEvent.PasswordReset, http, null, user.Email, detail: "by e-mail link", ct: ct);
        return CommandResult.Ok(0);
    }

    /// <summary>The invitation behind a link, if it can still be used.</summary>
    public async Task<Invitation?> UsableInvitationAsync(string token, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hash = Invitation.HashOf(token);
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is not null && invitation.IsUsable(clock.GetUtcNow()) ? invitation : null;
    }

    /// <summary>Creates the invitee's contractor account for the invitation's company, once; returns the new user's id.</summary>
    public async Task<(CommandResult Result, AppUser? User)> AcceptInvitationAsync(string token, PasswordForm form, HttpContext? http = null, CancellationToken ct = default)
    {
        var errors = Components.Shared.FormCheck<PasswordForm>.ErrorsOf(new PasswordFormValidator(l), form, PasswordFormValidator.InvitationRuleSet);
        if (errors.Count > 0)
        {
            return (CommandResult.Invalid(errors), null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hash = Invitation.HashOf(token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        var now = clock.GetUtcNow();
        if (invitation is null || !invitation.IsUsable(now))
        {
            return (CommandResult.Conflict(l["Account.InvitationUnusable"]), null);
        }

        var user = new AppUser
        {
            UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true,
            DisplayName = form.DisplayName.Trim(), ContractorId = invitation.ContractorId,
        };
        var created = await users.CreateAsync(user, form.NewPassword);
        if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            // The same link used twice at once: the unique e-mail lets only the first account exist.
            return (CommandResult.Conflict(l["Account.InvitationUnusable"]), null);
        }

        if (!created.Succeeded)
        {
            var field = created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? nameof(PasswordForm.NewPassword) : "";
            return (CommandResult.Invalid(new Dictionary<string, string[]>
            {
                [field] = [.. created.Errors.Select(e => IdentityMessages.Describe(e, l, users.Options.Password.RequiredLength))],
            }), null);
        }

        await users.AddToRoleAsync(user, Roles.Contractor);
        invitation.Accept(user.Id, now);
        audit.Add(db, Audit.AuditEvent.InvitationAccepted, http, null, user.Email, detail: $"company {invitation.ContractorId}");
        await db.SaveChangesAsync(ct);

        return (CommandResult.Ok(0), user);
    }

    /// <summary>Changes the person's own password; every other session of theirs ends (the caller renews this one's cookie).</summary>
    public async Task<CommandResult> ChangePasswordAsync(AppUser user, PasswordForm form, HttpContext? http = null, CancellationToken ct = default)
    {
        var errors = Components.Shared.FormCheck<PasswordForm>.ErrorsOf(new PasswordFormValidator(l), form, PasswordFormValidator.ChangeRuleSet);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        var changed = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!changed.Succeeded)
        {
            var wrongCurrent = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            return CommandResult.Invalid(new Dictionary<string, string[]>
            {
                [wrongCurrent ? nameof(PasswordForm.CurrentPassword) : nameof(PasswordForm.NewPassword)] =
                    [.. changed.Errors.Select(e => IdentityMessages.Describe(e, l, users.Options.Password.RequiredLength))],
            });
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.RecordAsync(AuditEvent.PasswordChanged, http, CurrentUser.From(http?.User ?? new()), user.Email, ct: ct);
        return CommandResult.Ok(0);
    }

    /// <summary>Recovery codes handed over once when the authenticator is set up or the codes are renewed.</summary>
    public const int RecoveryCodeCount = 10;

    /// <summary>The key the person's authenticator app is to use; a new one when they have none yet.</summary>
    public async Task<AuthenticatorSetup> AuthenticatorSetupAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not UserManager.ResetAuthenticatorKeyAsync: that renews the security stamp, which would end the very
            // session that is setting the app up. Nothing changes for signing in until a code confirms the key.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)userStore).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            await users.UpdateAsync(user);
        }

        const string issuer = "ContractorAiReview";
        var account = Uri.EscapeDataString(user.Email ?? user.UserName ?? user.Id);
        return new AuthenticatorSetup(key, $"otpauth://totp/{issuer}:{account}?secret={key}&issuer={issuer}&digits=6");
    }

    /// <summary>
    /// Turns two-step sign-in on once the app shows a right code; returns the recovery codes to show once. The new
    /// security stamp ends the person's other sessions (the caller renews this one's cookie).
    /// </summary>
    public async Task<(CommandResult Result, IReadOnlyList<string> RecoveryCodes)> SetUpAuthenticatorAsync(
        AppUser user, string code, HttpContext? http = null, CancellationToken ct = default)
    {
        var digits = new string(code.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length == 0)
        {
            return (CommandResult.Invalid(new Dictionary<string, string[]> { ["Code"] = [l["Validation.Required"]] }), []);
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return (CommandResult.Invalid(new Dictionary<string, string[]> { ["Code"] = [l["Login.Code.Wrong"]] }), []);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await audit.RecordAsync(AuditEvent.MfaEnrolled, http, CurrentUser.From(http?.User ?? new()), user.Email, ct: ct);
        return (CommandResult.Ok(0), [.. codes]);
    }

    /// <summary>New recovery codes; the earlier ones stop working.</summary>
    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(AppUser user, HttpContext? http = null, CancellationToken ct = default)
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await audit.RecordAsync(AuditEvent.MfaEnrolled, http, CurrentUser.From(http?.User ?? new()), user.Email, detail: "recovery codes renewed", ct: ct);
        return [.. codes];
    }

    /// <summary>
    /// Turns two-step sign-in off and forgets the key. Only where it is optional (contractor people): city staff must
    /// keep it, and only an administrator resets theirs.
    /// </summary>
    public async Task<CommandResult> TurnOffAuthenticatorAsync(AppUser user, HttpContext? http = null, CancellationToken ct = default)
    {
        var roles = await users.GetRolesAsync(user);
        if (roles.Any(Roles.Staff.Contains))
        {
            return CommandResult.Forbidden;
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(AuditEvent.MfaReset, http, CurrentUser.From(http?.User ?? new()), user.Email, detail: "turned off by the person", ct: ct);
        return CommandResult.Ok(0);
    }
}
