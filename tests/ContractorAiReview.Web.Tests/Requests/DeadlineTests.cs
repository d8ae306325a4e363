using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Admin;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Reviews;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using ContractorAiReview.Web.Infrastructure.Data;

namespace ContractorAiReview.Web.Tests.Requests;

/// <summary>
/// A filed request gets its decision date, the department's standard processing period in business days; past it
/// the request is overdue until decided. A return's resubmission date is kept on the request. On a clock the test moves.
/// </summary>
public sealed class DeadlineTests(FakeClockFactory app) : IClassFixture<FakeClockFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Filed on Tuesday 24 November 2026 (Japan time) with 10 business days: counted from the 25th, skipping the
    /// weekends of the 28th/29th and 5th/6th, the 10th business day is Tuesday 8 December (no holiday between).
    /// </summary>
    [Fact]
    public async Task Submit_TenBusinessDays_DecisionDueOn8December_OverdueFromThe9thUntilDecided()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var (id, version) = await app.FileAsync(naniwa, null, Ct);

        await using (var db = await app.DbAsync())
        {
            Assert.Equal(new DateOnly(2026, 12, 8), (await db.Requests.SingleAsync(r => r.Id == id, Ct)).DecisionDueOn);
        }

        var row = (await app.Get<RequestQueries>().ListAsync(officer, null, new PageRequest(Take: PageRequest.MaxTake), Ct)).Rows.Single(r => r.Id == id);
        Assert.False(row.IsOverdueOn(new DateOnly(2026, 12, 8)));
        Assert.True(row.IsOverdueOn(new DateOnly(2026, 12, 9)));

        Assert.True((await app.ConfirmAsync(officer, id, version, Ct)).Succeeded);
        var decided = (await app.Get<RequestQueries>().ListAsync(officer, null, new PageRequest(Take: PageRequest.MaxTake), Ct)).Rows.Single(r => r.Id == id);
        Assert.False(decided.IsOverdueOn(new DateOnly(2026, 12, 9)));
    }

    [Fact]
    public async Task Department_ProcessingPeriodChanged_NewFilingsUseIt_OutOfRangeRefused()
    {
        var admin = await app.UserAsync(Demo.Administrator);
        var kanko = await app.UserAsync(Demo.KankoOfficer);
        var organisations = app.Get<OrganisationCommands>();
        var department = (await organisations.SearchDepartmentsAsync(admin, null, new PageRequest(Take: PageRequest.MaxTake), Ct)).Rows.Single(d => d.Id == kanko.DepartmentId);
        var form = new DepartmentForm { Bureau = department.Bureau, Section = department.Section, StandardProcessingDays = 0 };

        var refused = await organisations.SaveDepartmentAsync(admin, department.Id, form, Ct);
        Assert.Equal(CommandOutcome.Invalid, refused.Outcome);
        Assert.Contains(nameof(DepartmentForm.StandardProcessingDays), refused.Errors!.Keys);

        form.StandardProcessingDays = 3;
        Assert.True((await organisations.SaveDepartmentAsync(admin, department.Id, form, Ct)).Succeeded);
        var mio = await app.UserAsync(Demo.MioContractor);
        var (id, _) = await app.FileAsync(mio, null, Ct);
        await using var db = await app.DbAsync();
        // 24 November + 3 business days: 25, 26, 27 November.
        Assert.Equal(new DateOnly(2026, 11, 27), (await db.Requests.SingleAsync(r => r.Id == id, Ct)).DecisionDueOn);
    }

    [Fact]
    public async Task Return_WithAResubmissionDate_KeptOnTheRequest_ADateInThePastRefused()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var (id, version) = await app.FileAsync(naniwa, null, Ct);
        var reviews = app.Get<ReviewCommands>();

        var past = await reviews.ReturnAsync(officer, id, version, "記載不足", resubmitBy: new DateOnly(2026, 11, 23), ct: Ct);
        Assert.Equal(CommandOutcome.Invalid, past.Outcome);
        Assert.Contains("ResubmitBy", past.Errors!.Keys);

        Assert.True((await app.ReturnAsync(officer, id, version, "記載不足", new DateOnly(2026, 12, 4), Ct)).Succeeded);
        await using var db = await app.DbAsync();
        var request = await db.Requests.SingleAsync(r => r.Id == id, Ct);
        Assert.Equal((RequestStatus.Returned, new DateOnly(2026, 12, 4)), (request.Status, request.ResubmitBy));
    }
}

/// <summary>The dashboard counts what awaits a decision past its date: none while the dates lie ahead, all of them after.</summary>
public sealed class DashboardOverdueTests(FakeClockFactory app) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task Figures_OverdueCount_FollowsTheClock()
    {
        var ct = TestContext.Current.CancellationToken;
        var officer = await app.UserAsync(Demo.KankoOfficer);
        var dashboard = app.Get<Web.Dashboard.DashboardQueries>();
        int awaiting;
        await using (var db = await app.DbAsync())
        {
            awaiting = await db.Requests.CountAsync(r => r.DepartmentId == officer.DepartmentId && RequestStatuses.AwaitingDecision.Contains(r.Status), ct);
        }

        Assert.True(awaiting > 0, "The demo data has a request awaiting the department's decision.");
        Assert.Equal(0, (await dashboard.FiguresAsync(officer, ct))!.Overdue);

        app.Clock.Advance(TimeSpan.FromDays(Domain.Organisations.Department.MaxStandardProcessingDays * 2));

        Assert.Equal(awaiting, (await dashboard.FiguresAsync(officer, ct))!.Overdue);
    }
}
