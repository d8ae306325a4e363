using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Reviews;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ContractorAiReview.Web.Infrastructure.Data;

namespace ContractorAiReview.Web.Tests.Requests;

/// <summary>
/// The contractor withdraws a filed request (取下げ) with a reason, or deletes a draft that was never filed; a
/// withdrawn request stays, read-only, where the department sees it.
/// </summary>
public sealed class WithdrawAndDeleteTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private RequestCommands Commands => app.Get<RequestCommands>();

    [Fact]
    public async Task Withdraw_Submitted_EndsWithTheReason_DepartmentSeesItAndCannotDecide()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        var (id, version) = await SubmittedAsync(naniwa);

        var result = await Commands.WithdrawAsync(naniwa, id, version, "業務の方針が変わったため", Ct);

        Assert.True(result.Succeeded);
        await using var db = await app.DbAsync();
        var request = await db.Requests.Include(r => r.History).SingleAsync(r => r.Id == id, Ct);
        Assert.Equal(RequestStatus.Withdrawn, request.Status);
        Assert.Equal("業務の方針が変わったため", request.History[^1].Reason);
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        Assert.Contains((await app.Get<RequestQueries>().ListAsync(officer, null, new PageRequest(Take: PageRequest.MaxTake), Ct)).Rows, r => r.Id == id && r.Status == RequestStatus.Withdrawn);
        Assert.Equal(CommandOutcome.Conflict, (await app.Get<ReviewCommands>().ConfirmAsync(officer, id, request.Version, Ct)).Outcome);
        // Withdrawn twice (a double click, a second tab): refused, nothing changes.
        Assert.Equal(CommandOutcome.Conflict, (await Commands.WithdrawAsync(naniwa, id, version, "もう一度", Ct)).Outcome);
        Assert.Equal(CommandOutcome.Conflict, (await Commands.WithdrawAsync(naniwa, id, request.Version, "もう一度", Ct)).Outcome);
    }

    [Fact]
    public async Task Withdraw_WithoutAReason_RefusedAtTheFieldAndNothingChanges()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        var (id, version) = await SubmittedAsync(naniwa);

        var result = await Commands.WithdrawAsync(naniwa, id, version, "  ", Ct);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Contains("Reason", result.Errors!.Keys);
        await using var db = await app.DbAsync();
        Assert.Equal(RequestStatus.Submitted, (await db.Requests.SingleAsync(r => r.Id == id, Ct)).Status);
    }

    [Fact]
    public async Task DeleteDraft_NeverFiled_Gone_FiledOrStale_Refused()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        var contract = (await app.Get<RequestQueries>().FileableContractsAsync(naniwa, Ct)).First().Id;
        var draft = await Commands.CreateDraftAsync(naniwa, contract, TestContent.Complete(), Ct);

        Assert.Equal(CommandOutcome.Conflict, (await Commands.DeleteDraftAsync(naniwa, draft.Id!.Value, draft.Version!.Value + 1, Ct)).Outcome);
        Assert.True((await Commands.DeleteDraftAsync(naniwa, draft.Id.Value, draft.Version.Value, Ct)).Succeeded);
        await using (var db = await app.DbAsync())
        {
            Assert.False(await db.Requests.AnyAsync(r => r.Id == draft.Id, Ct));
        }

        var (submitted, version) = await SubmittedAsync(naniwa);
        Assert.Equal(CommandOutcome.Conflict, (await Commands.DeleteDraftAsync(naniwa, submitted, version, Ct)).Outcome);
    }

    /// <summary>A request Naniwa filed just now.</summary>
    private async Task<(int Id, int Version)> SubmittedAsync(CurrentUser naniwa)
    {
        var contract = (await app.Get<RequestQueries>().FileableContractsAsync(naniwa, Ct)).First().Id;
        var content = TestContent.Complete();
        var draft = await Commands.CreateDraftAsync(naniwa, contract, content, Ct);
        var submitted = await Commands.SubmitAsync(naniwa, draft.Id!.Value, draft.Version!.Value, content, Ct);
        Assert.True(submitted.Succeeded);
        return (draft.Id.Value, submitted.Version!.Value);
    }
}
