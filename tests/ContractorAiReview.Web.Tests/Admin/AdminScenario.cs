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

    /// <summary>An officer of the 市民局 department created by the administrator, with their own password already chosen.</summary>
    public static async Task<Person> NewOfficerAsync(AppFactory app, string email, CancellationToken ct)
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
        return new Person(user.Id, email, password);
    }
}
