using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Routing;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Admin;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Reviews;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using ContractorAiReview.Web.Infrastructure.Data;

namespace ContractorAiReview.Web.Tests.Reviews;

/// <summary>
/// 区政課's two-step route (担当 → 課長) on the real app host: queues, claims, moves, races, route versions,
/// suspension and revocation.
/// </summary>
public sealed class RouteWorkflowTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Contract = "区民アンケート集計分析業務委託";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ReviewCommands Reviews => app.Get<ReviewCommands>();

    [Fact]
    public async Task TwoSteps_TheTaskMovesThroughTheQueues_FromUnassignedToDecidedByTheApprover()
    {
        var (contractor, officer, approver) = await PeopleAsync();
        var (id, version) = await app.FileAsync(contractor, Contract, Ct);

        Assert.Contains(id, await QueueAsync(officer, TaskQueue.Unassigned));
        Assert.DoesNotContain(id, await QueueAsync(approver, TaskQueue.AwaitingMyApproval));

        version = await app.ClaimAsync(officer, id, version, Ct);
        Assert.Contains(id, await QueueAsync(officer, TaskQueue.Mine));
        Assert.DoesNotContain(id, await QueueAsync(officer, TaskQueue.Unassigned));
        Assert.Equal(CommandOutcome.Conflict, (await Reviews.ConfirmAsync(officer, id, version, Ct)).Outcome); // 担当 does not decide here

        var forwarded = await Reviews.ForwardAsync(officer, id, version, Ct);
        Assert.True(forwarded.Succeeded);
        Assert.DoesNotContain(id, await QueueAsync(officer, TaskQueue.Mine));
        var waiting = (await app.Get<ReviewQueries>().QueueAsync(approver, TaskQueue.AwaitingMyApproval, new PageRequest(Take: PageRequest.MaxTake), Ct)).Rows.Single(t => t.Id == id);
        Assert.Equal(("課長", null), (waiting.StepTitle, waiting.AssigneeName));
        Assert.NotNull(waiting.StepDueOn);

        version = await app.ClaimAsync(approver, id, forwarded.Version!.Value, Ct);
        Assert.True((await Reviews.ConfirmAsync(approver, id, version, Ct)).Succeeded);

        Assert.Contains(id, await QueueAsync(approver, TaskQueue.DecidedByMe));
        Assert.DoesNotContain(id, await QueueAsync(approver, TaskQueue.AwaitingMyApproval));
        var seen = (await app.Get<RequestQueries>().GetAsync(contractor, id, Ct))!;
        Assert.Equal(RequestStatus.Confirmed, seen.Request.Status);
        Assert.Contains(seen.Documents, d => d.Kind == DocumentKind.ConfirmationNotice);
    }

    [Fact]
    public async Task SendBack_ReachesTheOfficerWithItsReason_TheContractorSeesNeitherMoveNorReason()
    {
        var (contractor, officer, approver) = await PeopleAsync();
        var (id, version) = await HeldByTheApproverAsync(contractor, officer, approver);

        var blank = await Reviews.SendBackAsync(approver, id, version, " ", Ct);
        Assert.Equal(CommandOutcome.Invalid, blank.Outcome);
        Assert.True((await Reviews.SendBackAsync(approver, id, version, "確認の条件を再点検してください", Ct)).Succeeded);

        Assert.Contains(id, await QueueAsync(officer, TaskQueue.Mine));
        var department = (await app.Get<RequestQueries>().GetAsync(officer, id, Ct))!;
        Assert.Contains(department.History, h => h.Trigger == RequestTrigger.SendBack && h.Reason == "確認の条件を再点検してください");
        var theirs = (await app.Get<RequestQueries>().GetAsync(contractor, id, Ct))!;
        Assert.Equal(RequestStatus.Submitted, theirs.Request.Status);
        Assert.DoesNotContain(theirs.History, h => h.IsOfficeOnly);
        Assert.Equal([RequestTrigger.Submit], theirs.History.Select(h => h.Trigger));
    }

    [Fact]
    public async Task TwoColleaguesClaimAtOnce_ExactlyOneHoldsIt_TheOtherIsToldItChanged()
    {
        var (contractor, officer, _) = await PeopleAsync();
        var colleague = await app.NewColleagueAsync(officer, "colleague.claim@city.example.jp", Roles.DepartmentOfficer, Ct);
        var (id, version) = await app.FileAsync(contractor, Contract, Ct);

        var results = await Task.WhenAll(
            Task.Run(() => Reviews.ClaimAsync(officer, id, version, Ct), Ct),
            Task.Run(() => Reviews.ClaimAsync(colleague, id, version, Ct), Ct));

        Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(CommandOutcome.Conflict, loser.Outcome);
        var held = (await app.Get<RequestQueries>().GetAsync(officer, id, Ct))!.Request;
        Assert.Equal(results[0].Succeeded ? officer.UserId : colleague.UserId, held.AssigneeUserId);
        Assert.Single(held.History, h => h.Trigger == RequestTrigger.Claim);
    }

    [Fact]
    public async Task TheHolderConfirmsTwiceAtOnce_ConfirmedOnce_OneNotice()
    {
        var (contractor, officer, approver) = await PeopleAsync();
        var (id, version) = await HeldByTheApproverAsync(contractor, officer, approver);

        var results = await Task.WhenAll(
            Task.Run(() => Reviews.ConfirmAsync(approver, id, version, Ct), Ct),
            Task.Run(() => Reviews.ConfirmAsync(approver, id, version, Ct), Ct));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Outcome == CommandOutcome.Conflict);
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.IssuedDocuments.CountAsync(d => d.RequestId == id && d.Kind == DocumentKind.ConfirmationNotice, Ct));
    }

    [Fact]
    public async Task MovesByWhoeverDoesNotHoldTheTask_RefusedWithTheReason_NothingChanges()
    {
        var (contractor, officer, approver) = await PeopleAsync();
        var colleague = await app.NewColleagueAsync(officer, "colleague.hold@city.example.jp", Roles.DepartmentOfficer, Ct);
        var (id, version) = await app.FileAsync(contractor, Contract, Ct);
        var l = app.Get<Microsoft.Extensions.Localization.IStringLocalizer<Resources.Strings>>();

        var unheld = await Reviews.ForwardAsync(officer, id, version, Ct);
        Assert.Equal(CommandOutcome.Conflict, unheld.Outcome);
        Assert.Equal(l["Error.NotHolder"].Value, unheld.Explain(l));
        version = await app.ClaimAsync(officer, id, version, Ct);
        Assert.Equal(CommandOutcome.Conflict, (await Reviews.ReturnAsync(colleague, id, version, "理由", ct: Ct)).Outcome);
        Assert.Equal(CommandOutcome.Conflict, (await Reviews.ClaimAsync(approver, id, version, Ct)).Outcome); // not an approver's step
        Assert.Equal(CommandOutcome.Conflict, (await Reviews.ForwardAsync(officer, id, version - 1, Ct)).Outcome); // a stale page

        var request = (await app.Get<RequestQueries>().GetAsync(officer, id, Ct))!.Request;
        Assert.Equal((version, officer.UserId, 0), (request.Version, request.AssigneeUserId, request.CurrentStep));
    }

    [Fact]
    public async Task Reassign_ToAColleagueWithAReason_TheColleagueHoldsIt_ANonMemberRefused()
    {
        var (contractor, officer, approver) = await PeopleAsync();
        var colleague = await app.NewColleagueAsync(officer, "colleague.deputy@city.example.jp", Roles.DepartmentOfficer, Ct);
        var (id, version) = await app.FileAsync(contractor, Contract, Ct);
        version = await app.ClaimAsync(officer, id, version, Ct);

        Assert.Contains(await Reviews.MembersForAsync(officer, id, Ct), m => m.UserId == colleague.UserId);
        Assert.DoesNotContain(await Reviews.MembersForAsync(officer, id, Ct), m => m.UserId == approver.UserId);
        var noReason = await Reviews.ReassignAsync(approver, id, version, colleague.UserId, "", Ct);
        Assert.Contains("Reason", noReason.Errors!.Keys);
        var notMember = await Reviews.ReassignAsync(approver, id, version, approver.UserId, "代理", Ct);
        Assert.Contains("To", notMember.Errors!.Keys);
        Assert.True((await Reviews.ReassignAsync(approver, id, version, colleague.UserId, "中村さん休暇のため代理", Ct)).Succeeded);

        Assert.Contains(id, await QueueAsync(colleague, TaskQueue.Mine));
        var entry = (await app.Get<RequestQueries>().GetAsync(officer, id, Ct))!.History[^1];
        Assert.Equal((RequestTrigger.Reassign, approver.UserId, "中村さん休暇のため代理"), (entry.Trigger, entry.ActorUserId, entry.Reason));
    }

    [Fact]
    public async Task RouteChanged_NewFilingsTakeTheNewVersion_FiledRequestsFinishOnTheirs()
    {
        var (contractor, officer, approver) = await PeopleAsync();
        var admin = await app.UserAsync(Demo.Administrator);
        var routes = app.Get<RouteCommands>();
        var before = (await routes.RoutesAsync(admin, ct: Ct)).Single(r => r.DepartmentId == officer.DepartmentId).Route!;
        var (filedBefore, versionBefore) = await app.FileAsync(contractor, Contract, Ct);

        var invalid = await routes.ChangeRouteAsync(admin, officer.DepartmentId!.Value, before.Version, [new RouteStep("", StepHolder.DepartmentOfficer, 0)], ct: Ct);
        Assert.Equal(CommandOutcome.Invalid, invalid.Outcome);
        Assert.Contains("Steps[0].Title", invalid.Errors!.Keys);
        Assert.Contains("Steps[0].BusinessDays", invalid.Errors!.Keys);
        var changed = await routes.ChangeRouteAsync(admin, officer.DepartmentId.Value, before.Version, ApprovalRoute.SingleStep(5), ct: Ct);
        Assert.Equal(before.Version + 1, changed.Version);
        var stale = await routes.ChangeRouteAsync(admin, officer.DepartmentId.Value, before.Version, ApprovalRoute.SingleStep(7), ct: Ct);
        Assert.Equal(CommandOutcome.Conflict, stale.Outcome);

        var (filedAfter, versionAfter) = await app.FileAsync(contractor, Contract, Ct);
        versionAfter = await app.ClaimAsync(officer, filedAfter, versionAfter, Ct);
        Assert.True((await Reviews.ConfirmAsync(officer, filedAfter, versionAfter, Ct)).Succeeded); // one step: 担当 decides

        versionBefore = await app.ClaimAsync(officer, filedBefore, versionBefore, Ct);
        Assert.Equal(CommandOutcome.Conflict, (await Reviews.ConfirmAsync(officer, filedBefore, versionBefore, Ct)).Outcome);
        await using var db = await app.DbAsync();
        var pinned = await db.Requests.Include(r => r.Route).Where(r => r.Id == filedBefore || r.Id == filedAfter).ToDictionaryAsync(r => r.Id, Ct);
        Assert.Equal((before.Version, 2), (pinned[filedBefore].Route!.Version, pinned[filedBefore].Route!.Steps.Count));
        Assert.Equal((before.Version + 1, 1), (pinned[filedAfter].Route!.Version, pinned[filedAfter].Route!.Steps.Count));

        // Put 区政課's route back for the other tests of this class.
        Assert.True((await routes.ChangeRouteAsync(admin, officer.DepartmentId.Value, before.Version + 1, before.Steps, ct: Ct)).Succeeded);
    }

    [Fact]
    public async Task SuspendResumeRevoke_VerifyFollows_TheRevocationNoticeIsIssuedToTheContractor()
    {
        var (contractor, officer, _) = await PeopleAsync();
        var (id, version) = await app.FileAsync(contractor, Contract, Ct);
        var confirmed = await app.ConfirmAsync(officer, id, version, Ct);
        version = confirmed.Version!.Value;
        var verification = app.Get<DocumentVerification>();
        string noticeCode;
        await using (var db = await app.DbAsync())
        {
            noticeCode = (await db.IssuedDocuments.SingleAsync(d => d.RequestId == id && d.Kind == DocumentKind.ConfirmationNotice, Ct)).VerificationCode;
        }

        Assert.Equal(CommandOutcome.Invalid, (await Reviews.SuspendAsync(officer, id, version, "", Ct)).Outcome);
        var suspended = await Reviews.SuspendAsync(officer, id, version, "利用ログの提出がありません", Ct);
        Assert.True(suspended.Succeeded);
        Assert.Equal(DocumentValidity.Suspended, (await verification.FindAsync(noticeCode, Ct))!.Validity);
        var resumed = await Reviews.ResumeAsync(officer, id, suspended.Version!.Value, "提出を確認しました", Ct);
        Assert.True(resumed.Succeeded);
        Assert.Equal(DocumentValidity.Current, (await verification.FindAsync(noticeCode, Ct))!.Validity);

        Assert.True((await Reviews.RevokeAsync(officer, id, resumed.Version!.Value, "個人情報の入力が判明しました", Ct)).Succeeded);

        Assert.Equal(DocumentValidity.Revoked, (await verification.FindAsync(noticeCode, Ct))!.Validity);
        var seen = (await app.Get<RequestQueries>().GetAsync(contractor, id, Ct))!;
        Assert.Equal((RequestStatus.Revoked, "個人情報の入力が判明しました"), (seen.Request.Status, seen.Request.SanctionReason));
        var revocation = Assert.Single(seen.Documents, d => d.Kind == DocumentKind.RevocationNotice);
        await using (var db = await app.DbAsync())
        {
            var pdf = (await db.IssuedDocuments.SingleAsync(d => d.Id == revocation.Id, Ct)).Content;
            using var document = PdfDocument.Open(pdf);
            var text = string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
            Assert.Contains("確認の取消し", text);
            Assert.Contains("個人情報の入力が判明しました", text);
            Assert.Contains(seen.Request.Number, text);
        }

        Assert.Equal(CommandOutcome.Conflict, (await Reviews.ResumeAsync(officer, id, seen.Request.Version, "再開", Ct)).Outcome); // final
    }

    private async Task<(CurrentUser Contractor, CurrentUser Officer, CurrentUser Approver)> PeopleAsync() =>
        (await app.UserAsync(Demo.NaniwaContractor), await app.UserAsync(Demo.ShiminOfficer), await app.UserAsync(Demo.ShiminApprover));

    /// <summary>Filed, checked and forwarded by the officer, taken by the approver: at 決裁.</summary>
    private async Task<(int Id, int Version)> HeldByTheApproverAsync(CurrentUser contractor, CurrentUser officer, CurrentUser approver)
    {
        var (id, version) = await app.FileAsync(contractor, Contract, Ct);
        version = await app.ClaimAsync(officer, id, version, Ct);
        version = (await Reviews.ForwardAsync(officer, id, version, Ct)).Version!.Value;
        return (id, await app.ClaimAsync(approver, id, version, Ct));
    }

    private async Task<IEnumerable<int>> QueueAsync(CurrentUser user, TaskQueue queue) =>
        (await app.Get<ReviewQueries>().QueueAsync(user, queue, new PageRequest(Take: PageRequest.MaxTake), Ct)).Rows.Select(t => t.Id);
}
