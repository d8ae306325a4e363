using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Audit;
using ContractorAiReview.Web.Components.Shared;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Admin;

public sealed record UserRow(
    string Id, string DisplayName, string Email, string Role, int? DepartmentId, int? ContractorId, string Organisation,
    bool IsDesignatedManager, bool IsDisabled, bool MustChangePassword, bool HasAuthenticator);

/// <summary>What the people list is narrowed to: text in the name, e-mail or organisation; one role; only those disabled.</summary>
public sealed record UserFilter(string? Text = null, string? Role = null, bool DisabledOnly = false);

/// <summary>The columns the people list sorts by (<see cref="UserCommands.ListAsync"/>).</summary>
public static class UserSort
{
    public const string Name = "name";
    public const string Email = "email";
    public const string Organisation = "organisation";

    /// <summary>By e-mail address unless sorted otherwise.</summary>
    internal static readonly SortColumns<UserListing> Columns = new SortColumns<UserListing>()
        .Add(Name, u => u.DisplayName)
        .Add(Email, u => u.Email)
        .Add(Organisation, u => u.Organisation)
        .Default(Email, descending: false)
        .ThenBy(u => u.Id);
}

/// <summary>A person as the list filters and sorts them, with the role and organisation the account only refers to.</summary>
internal sealed class UserListing
{
    public string Id { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Email { get; init; } = "";
    public string Role { get; init; } = "";
    public int? DepartmentId { get; init; }
    public int? ContractorId { get; init; }
    public string Organisation { get; init; } = "";
    public bool IsDesignatedManager { get; init; }
    public bool IsDisabled { get; init; }
    public bool MustChangePassword { get; init; }
    public bool HasAuthenticator { get; init; }
}

public sealed record InvitationRow(int Id, string Email, string Company, DateTimeOffset CreatedAtUtc, DateTimeOffset ExpiresAtUtc, DateTimeOffset? AcceptedAtUtc);

/// <summary>What an administrator's action gives back once: a temporary password or an invitation link.</summary>
public sealed record Handover(CommandResult Result, string? Secret = null);

/// <summary>
/// The administrator's work on people: staff accounts, invitations for contractor people, disabling, password resets.
/// Nobody changes their own role or organisation, and the last active administrator stays.
/// </summary>
public sealed class UserCommands(
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<AppUser> users,
    OpenSessions sessions,
    AuditLog audit,
    TimeProvider clock,
    IOptions<InvitationOptions> invitations,
    IOptions<DocumentOptions> documents,
    IStringLocalizer<Strings> l,
    Notifications.MailTemplates templates,
    Notifications.MailOptions mail)
{
    private static bool IsAdministrator(CurrentUser user) => user.Role == Roles.Administrator;

    /// <summary>A page of the people the filter leaves, their role and organisation read in the same query.</summary>
    public async Task<Page<UserRow>> ListAsync(CurrentUser user, UserFilter filter, PageRequest page, CancellationToken ct = default)
    {
        if (!IsAdministrator(user))
        {
            return Page<UserRow>.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        string cityStaff = l["Users.CityStaff"];
        var people = db.Users.AsNoTracking().Select(u => new UserListing
        {
            Id = u.Id,
            DisplayName = u.DisplayName,
            Email = u.Email ?? "",
            Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault() ?? "",
            DepartmentId = u.DepartmentId,
            ContractorId = u.ContractorId,
            Organisation = db.Contractors.Where(c => c.Id == u.ContractorId).Select(c => c.Name).FirstOrDefault()
                           ?? db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => d.Name).FirstOrDefault()
                           ?? cityStaff,
            IsDesignatedManager = db.Contractors.Any(c => c.Id == u.ContractorId && c.IsDesignatedManager),
            IsDisabled = u.IsDisabled,
            MustChangePassword = u.MustChangePassword,
            HasAuthenticator = u.TwoFactorEnabled,
        });
        people = people.WhereAnyContains(filter.Text, u => u.DisplayName, u => u.Email, u => u.Organisation);
        if (filter.Role is { } role)
        {
            people = people.Where(u => u.Role == role);
        }

        if (filter.DisabledOnly)
        {
            people = people.Where(u => u.IsDisabled);
        }

        return await people.ToPageAsync(
            page, UserSort.Columns,
            u => new UserRow(
                u.Id, u.DisplayName, u.Email, u.Role, u.DepartmentId, u.ContractorId, u.Organisation, u.IsDesignatedManager,
                u.IsDisabled, u.MustChangePassword, u.HasAuthenticator),
            ct);
    }

    public async Task<IReadOnlyList<InvitationRow>> InvitationsAsync(CurrentUser user, CancellationToken ct = default)
    {
        if (!IsAdministrator(user))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Invitations.OrderByDescending(i => i.Id).Take(100)
            .Join(db.Contractors, i => i.ContractorId, c => c.Id, (i, c) => new InvitationRow(i.Id, i.Email, c.Name, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc))
            .ToListAsync(ct);
    }

    /// <summary>Creates a staff account with a temporary password, handed over once; the person replaces it at first sign-in.</summary>
    public async Task<Handover> CreateStaffAsync(CurrentUser user, StaffForm form, HttpContext? http = null, CancellationToken ct = default)
    {
        if (!IsAdministrator(user))
        {
            return new(CommandResult.Forbidden);
        }

        var refusal = await CheckStaffFormAsync(form, existingUserId: null, ct);
        if (refusal is not null)
        {
            return new(refusal);
        }

        var password = TemporaryPassword.Create();
        var account = new AppUser
        {
            UserName = form.Email.Trim(), Email = form.Email.Trim(), EmailConfirmed = true, DisplayName = form.DisplayName.Trim(),
            DepartmentId = StaffForm.NeedsDepartment(form.Role) ? form.DepartmentId : null, MustChangePassword = true,
        };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return new(IdentityRefusal(created, nameof(StaffForm.Email)));
        }

        await users.AddToRoleAsync(account, form.Role);
        await audit.RecordAsync(AuditEvent.UserCreated, http, user, account.Email, detail: $"role: {form.Role}", ct: ct);
        return new(CommandResult.Ok(0), password);
    }

    /// <summary>Changes a staff member's name, role or department: never one's own role or department, never away the last administrator.</summary>
    public async Task<CommandResult> UpdateStaffAsync(CurrentUser user, string userId, StaffForm form, HttpContext? http = null, CancellationToken ct = default)
    {
        if (!IsAdministrator(user))
        {
            return CommandResult.Forbidden;
        }

        var account = await users.FindByIdAsync(userId);
        if (account is null || account.ContractorId is not null)
        {
            return CommandResult.NotFound;
        }

        var refusal = await CheckStaffFormAsync(form, userId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var role = (await users.GetRolesAsync(account)).Single();
        var department = StaffForm.NeedsDepartment(form.Role) ? form.DepartmentId : null;
        var roleChanges = role != form.Role;
        var departmentChanges = account.DepartmentId != department;
        if (userId == user.UserId && (roleChanges || departmentChanges))
        {
            return CommandResult.Conflict(l["Admin.NotOwnRole"]);
        }

        if (roleChanges && role == Roles.Administrator && await ActiveAdministratorsAsync(ct) <= 1)
        {
            return CommandResult.Conflict(l["Admin.LastAdministrator"]);
        }

        var previousDepartment = account.DepartmentId;
        account.DisplayName = form.DisplayName.Trim();
        account.DepartmentId = department;
        if (roleChanges)
        {
            await users.RemoveFromRoleAsync(account, role);
            await users.AddToRoleAsync(account, form.Role);
            await audit.RecordAsync(AuditEvent.RoleChanged, http, user, account.Email, detail: $"{role} → {form.Role}", ct: ct);
        }

        if (departmentChanges)
        {
            await audit.RecordAsync(AuditEvent.OrganisationChanged, http, user, account.Email, detail: $"department {previousDepartment} → {department}", ct: ct);
        }

        await users.UpdateAsync(account);
        if (roleChanges || departmentChanges)
        {
            // The role and department are in the sign-in cookie: the person signs in again to get the new ones.
            await EndSessionsAsync(account);
        }

        return CommandResult.Ok(0);
    }

    /// <summary>An invitation link for one person of one company, valid for <see cref="InvitationOptions.ValidFor"/>, usable once.</summary>
    public async Task<Handover> InviteAsync(CurrentUser user, InviteForm form, HttpContext? http = null, CancellationToken ct = default)
    {
        if (!IsAdministrator(user))
        {
            return new(CommandResult.Forbidden);
        }

        var errors = FormCheck<InviteForm>.ErrorsOf(new InviteFormValidator(l), form);
        if (errors.Count > 0)
        {
            return new(CommandResult.Invalid(errors));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Contractors.AnyAsync(c => c.Id == form.ContractorId, ct))
        {
            return new(CommandResult.Invalid(new Dictionary<string, string[]> { [nameof(InviteForm.ContractorId)] = [l["Validation.Required"]] }));
        }

        if (await users.FindByEmailAsync(form.Email.Trim()) is not null)
        {
            return new(CommandResult.Invalid(new Dictionary<string, string[]> { [nameof(InviteForm.Email)] = [l["Admin.DuplicateEmail"]] }));
        }

        var (invitation, token) = Invitation.Issue(form.ContractorId!.Value, form.Email, user.UserId, clock.GetUtcNow(), invitations.Value.ValidFor);
        db.Invitations.Add(invitation);
        audit.Add(db, AuditEvent.InvitationIssued, http, user, invitation.Email, detail: $"company {invitation.ContractorId}");
        // The invitee also gets the link by e-mail (erased from the outbox once sent); the administrator sees it once too.
        var company = await db.Contractors.Where(c => c.Id == invitation.ContractorId).Select(c => c.Name).SingleAsync(ct);
        var text = templates.Render(Notifications.MailTemplates.Invitation, "ja", new Dictionary<string, string?>
        {
            ["Company"] = company,
            ["Link"] = InvitationLink(token),
            ["ValidUntil"] = Notifications.MailTemplates.DateTime(invitation.ExpiresAtUtc, "ja"),
        });
        db.OutboxMessages.Add(Notifications.OutboxMessage.Create(
            Notifications.MailTemplates.Invitation, invitation.Email, company, text.Subject, text.Body, mail.MessageIdDomain, clock.GetUtcNow(), containsSecret: true));
        await db.SaveChangesAsync(ct);
        return new(CommandResult.Ok(invitation.Id), InvitationLink(token));
    }

    public string InvitationLink(string token) => $"{documents.Value.PublicBaseUrl!.TrimEnd('/')}/account/invitation/{token}";

    /// <summary>Disables (or enables again) a person: a disabled person cannot sign in, and their open pages and cookies end now.</summary>
    public async Task<CommandResult> SetDisabledAsync(CurrentUser user, string userId, bool disabled, HttpContext? http = null, CancellationToken ct = default)
    {
        if (!IsAdministrator(user))
        {
            return CommandResult.Forbidden;
        }

        var account = await users.FindByIdAsync(userId);
        if (account is null)
        {
            return CommandResult.NotFound;
        }

        if (disabled && userId == user.UserId)
        {
            return CommandResult.Conflict(l["Admin.NotYourself"]);
        }

        if (disabled && await users.IsInRoleAsync(account, Roles.Administrator) && !account.IsDisabled && await ActiveAdministratorsAsync(ct) <= 1)
        {
            return CommandResult.Conflict(l["Admin.LastAdministrator"]);
        }

        account.IsDisabled = disabled;
        await users.UpdateAsync(account);
        if (disabled)
        {
            await EndSessionsAsync(account);
        }

        await audit.RecordAsync(disabled ? AuditEvent.UserDisabled : AuditEvent.UserEnabled, http, user, account.Email, ct: ct);
        return CommandResult.Ok(0);
    }

    /// <summary>Replaces the person's password with a temporary one, handed over once; their sessions end and they choose a new one.</summary>
    public async Task<Handover> ResetPasswordAsync(CurrentUser user, string userId, HttpContext? http = null, CancellationToken ct = default)
    {
        if (!IsAdministrator(user))
        {
            return new(CommandResult.Forbidden);
        }

        var account = await users.FindByIdAsync(userId);
        if (account is null)
        {
            return new(CommandResult.NotFound);
        }

        var password = TemporaryPassword.Create();
        var reset = await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), password);
        if (!reset.Succeeded)
        {
            return new(IdentityRefusal(reset, ""));
        }

        account.MustChangePassword = true;
        await users.UpdateAsync(account);
        await EndSessionsAsync(account);
        await audit.RecordAsync(AuditEvent.PasswordReset, http, user, account.Email, detail: "by administrator", ct: ct);
        return new(CommandResult.Ok(0), password);
    }

    /// <summary>
    /// Forgets the person's authenticator app (a lost phone) and ends their sessions: they sign in with the password
    /// and, city staff at once, contractor people when they choose, set up an app again.
    /// </summary>
    public async Task<CommandResult> ResetAuthenticatorAsync(CurrentUser user, string userId, HttpContext? http = null, CancellationToken ct = default)
    {
        if (!IsAdministrator(user))
        {
            return CommandResult.Forbidden;
        }

        var account = await users.FindByIdAsync(userId);
        if (account is null)
        {
            return CommandResult.NotFound;
        }

        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account);
        await EndSessionsAsync(account);
        await audit.RecordAsync(AuditEvent.MfaReset, http, user, account.Email, detail: "by administrator", ct: ct);
        return CommandResult.Ok(0);
    }

    private async Task EndSessionsAsync(AppUser account)
    {
        await users.UpdateSecurityStampAsync(account);
        sessions.EndAllOf(account.Id);
    }

    private async Task<int> ActiveAdministratorsAsync(CancellationToken ct) =>
        (await users.GetUsersInRoleAsync(Roles.Administrator)).Count(u => !u.IsDisabled);

    private async Task<CommandResult?> CheckStaffFormAsync(StaffForm form, string? existingUserId, CancellationToken ct)
    {
        var errors = FormCheck<StaffForm>.ErrorsOf(new StaffFormValidator(l), form);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        if (await users.FindByEmailAsync(form.Email.Trim()) is { } existing && existing.Id != existingUserId)
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { [nameof(StaffForm.Email)] = [l["Admin.DuplicateEmail"]] });
        }

        if (StaffForm.NeedsDepartment(form.Role))
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (!await db.Departments.AnyAsync(d => d.Id == form.DepartmentId && d.IsActive, ct))
            {
                return CommandResult.Invalid(new Dictionary<string, string[]> { [nameof(StaffForm.DepartmentId)] = [l["Admin.InactiveDepartment"]] });
            }
        }

        return null;
    }

    private CommandResult IdentityRefusal(IdentityResult result, string field) =>
        CommandResult.Invalid(new Dictionary<string, string[]>
        {
            [field] = [.. result.Errors.Select(e => IdentityMessages.Describe(e, l, users.Options.Password.RequiredLength))],
        });
}
