using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Reviews;
using ContractorAiReview.Web.Tests.Contracts;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContractorAiReview.Web.Tests.Reviews;

/// <summary>The department's moves on a filed request, as its people make them in the app.</summary>
public static class ReviewScenario
{
    /// <summary>The person takes the waiting request; returns its version after the claim.</summary>
    public static async Task<int> ClaimAsync(this AppFactory app, CurrentUser user, int id, int version, CancellationToken ct)
    {
        var claimed = await app.Get<ReviewCommands>().ClaimAsync(user, id, version, ct);
        Assert.True(claimed.Succeeded, $"{user.DisplayName} could not take request {id}: {claimed.Outcome}");
        return claimed.Version!.Value;
    }

    /// <summary>
    /// Confirms the request along its department's route: the officer takes it and, where the route has an approval
    /// step, forwards it to the department's approver, who takes it; the last holder confirms.
    /// </summary>
    public static async Task<CommandResult> ConfirmAsync(this AppFactory app, CurrentUser officer, int id, int version, CancellationToken ct)
    {
        var reviews = app.Get<ReviewCommands>();
        var holder = officer;
        version = await app.ClaimAsync(officer, id, version, ct);
        while (await RequestAsync(app, id, ct) is { } request && request.Permits(RequestTrigger.Forward))
        {
            var forwarded = await reviews.ForwardAsync(holder, id, version, ct);
            Assert.True(forwarded.Succeeded, $"{holder.DisplayName} could not forward request {id}: {forwarded.Outcome}");
            holder = await ApproverOfAsync(app, officer.DepartmentId!.Value, ct);
            version = await app.ClaimAsync(holder, id, forwarded.Version!.Value, ct);
        }

        return await reviews.ConfirmAsync(holder, id, version, ct);
    }

    /// <summary>The officer takes the request and returns it to the contractor.</summary>
    public static async Task<CommandResult> ReturnAsync(
        this AppFactory app, CurrentUser officer, int id, int version, string reason, DateOnly? resubmitBy = null, CancellationToken ct = default) =>
        await app.Get<ReviewCommands>().ReturnAsync(officer, id, await app.ClaimAsync(officer, id, version, ct), reason, resubmitBy: resubmitBy, ct: ct);

    /// <summary>An approver of the department, as ASP.NET Core Identity lists the role's people.</summary>
    public static async Task<CurrentUser> ApproverOfAsync(AppFactory app, int departmentId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var approver = (await users.GetUsersInRoleAsync(Roles.Approver)).First(u => u.DepartmentId == departmentId);
        return await app.UserAsync(approver.Email!);
    }

    /// <summary>A new colleague in the officer's department, in <paramref name="role"/>, made by the administrator.</summary>
    public static async Task<CurrentUser> NewColleagueAsync(this AppFactory app, CurrentUser of, string email, string role, CancellationToken ct)
    {
        var admin = await app.UserAsync(Demo.Administrator);
        var created = await app.Get<Web.Admin.UserCommands>().CreateStaffAsync(admin,
            new Web.Admin.StaffForm { Email = email, DisplayName = $"同僚 {email[..email.IndexOf('@', StringComparison.Ordinal)]}", Role = role, DepartmentId = of.DepartmentId }, ct: ct);
        Assert.True(created.Result.Succeeded, $"Could not create {email}.");
        return await app.UserAsync(email);
    }

    /// <summary>
    /// A request the contractor files now on the named contract (or the first it may file on); its id and version. Where
    /// that contract's use is already confirmed (a second 新規 is refused), on a new contract of its department and company.
    /// </summary>
    public static async Task<(int Id, int Version)> FileAsync(this AppFactory app, CurrentUser contractor, string? contractName, CancellationToken ct)
    {
        var commands = app.Get<RequestCommands>();
        var fileable = (await app.Get<RequestQueries>().FileableContractsAsync(contractor, ct)).Where(c => contractName is null || c.Name == contractName).ToList();
        var contract = fileable.FirstOrDefault(c => c.ConfirmedRequestId is null)?.Id ?? await app.ContractLikeAsync(fileable[0].Id, ct);
        var content = TestContent.Complete();
        var draft = await commands.CreateDraftAsync(contractor, contract, content, ct);
        Assert.True(draft.Succeeded, $"Could not start a request on {contractName}: {draft.Outcome}");
        var submitted = await commands.SubmitAsync(contractor, draft.Id!.Value, draft.Version!.Value, content, ct);
        Assert.True(submitted.Succeeded, string.Join(" ", submitted.Errors?.SelectMany(e => e.Value) ?? []));
        return (draft.Id.Value, submitted.Version!.Value);
    }

    private static async Task<ConfirmationRequest?> RequestAsync(AppFactory app, int id, CancellationToken ct)
    {
        await using var db = await app.DbAsync();
        return await db.Requests.Include(r => r.Route).SingleOrDefaultAsync(r => r.Id == id, ct);
    }
}
