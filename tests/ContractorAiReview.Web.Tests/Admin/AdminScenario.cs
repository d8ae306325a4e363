using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Admin;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ContractorAiReview.Web.Tests.Admin;

/// <summary>Steps the administration tests share: a staff member with a known password.</summary>
public static class AdminScenario
{
    public sealed record Person(string UserId, string Email, string Password);

    /// <summary>
    /// An officer of the 市民局 department created by the administrator, with their own password already chosen and
    /// (unless <paramref name="setUpAuthenticator"/> is false) an authenticator app set up, through the same command as
    /// the page, with a code computed here.
    /// </summary>
    public static async Task<Person> NewOfficerAsync(AppFactory app, string email, CancellationToken ct, bool setUpAuthenticator = true)
    {
        var admin = await app.UserAsync(Demo.Administrator);
        var department = (await app.UserAsync(Demo.ShiminOfficer)).DepartmentId;
        var handover = await app.Get<UserCommands>().CreateStaffAsync(admin,
            new StaffForm { Email = email, DisplayName = "試験 職員", Role = Roles.DepartmentOfficer, DepartmentId = department }, ct: ct);
        if (!handover.Result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}.");
        }

        const string password = "Own#Password2026";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ChangePasswordAsync(user, handover.Secret!, password);
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        if (!setUpAuthenticator)
        {
            return new Person(user.Id, email, password);
        }

        var account = scope.ServiceProvider.GetRequiredService<AccountCommands>();
        var setup = await account.AuthenticatorSetupAsync(user);
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(setup.Key)).ComputeTotp();
        if (!(await account.SetUpAuthenticatorAsync(user, code, ct: ct)).Result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up the authenticator of {email}.");
        }

        return new Person(user.Id, email, password);
    }

    /// <summary>A company as the administrator registers it: the one sample of a company's details the tests share.</summary>
    public static CompanyForm SampleCompany(string name, string? corporateNumber = null, string address = "大阪市北区梅田1-1-1") => new()
    {
        Name = name, Address = address, RepresentativeTitle = "代表取締役", RepresentativeName = "試験 太郎",
        CorporateNumber = corporateNumber, IsDesignatedManager = true,
    };

    /// <summary>A company the administrator registers from <paramref name="form"/>; its id.</summary>
    public static async Task<int> NewCompanyAsync(this AppFactory app, CompanyForm form, CancellationToken ct)
    {
        var saved = await app.Get<OrganisationCommands>().SaveCompanyAsync(await app.UserAsync(Demo.Administrator), null, form, ct);
        return saved.Succeeded ? saved.Id!.Value : throw new InvalidOperationException($"Could not register {form.Name}: {saved.Outcome}.");
    }

    /// <summary>A department the administrator registers; its id.</summary>
    public static async Task<int> NewDepartmentAsync(this AppFactory app, string bureau, string section, int processingDays, CancellationToken ct)
    {
        var saved = await app.Get<OrganisationCommands>().SaveDepartmentAsync(await app.UserAsync(Demo.Administrator), null,
            new DepartmentForm { Bureau = bureau, Section = section, StandardProcessingDays = processingDays }, ct);
        return saved.Succeeded ? saved.Id!.Value : throw new InvalidOperationException($"Could not register {bureau}{section}: {saved.Outcome}.");
    }
}
