using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Reviews;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Reviews;

/// <summary>
/// The task queues read one page at a time in the database: each queue holds what the request's own rules
/// (<see cref="ConfirmationRequest.IsHeldBy"/>, <see cref="ConfirmationRequest.MayBeHeldBy"/>, ...) put in it, in the order asked for.
/// </summary>
public sealed class TaskQueuePagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Contract = "区民アンケート集計分析業務委託";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ReviewQueries Queries => app.Get<ReviewQueries>();

    [Fact]
    public async Task Mine_SortedByNumber_SecondPageInOrder()
    {
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        await EnoughTasksAsync(officer);
        var expected = (await WaitingAsync(officer)).Where(r => r.IsHeldBy(officer.UserId))
            .OrderBy(r => r.Number, StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => r.Id).ToList();

        var page = await Queries.QueueAsync(officer, TaskQueue.Mine, PagingAssert.SecondPage(TaskSort.Number), Ct);

        PagingAssert.IsSecondPageOf(expected, page, t => t.Id);
        Assert.All(page.Rows, t => Assert.Equal("担当", t.StepTitle));
    }

    [Fact]
    public async Task Unassigned_ByDefault_NearestStepDeadlineFirst()
    {
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        await EnoughTasksAsync(officer);
        var expected = (await WaitingAsync(officer)).Where(r => r.IsUnassigned && r.MayBeHeldBy(officer.Role))
            .OrderBy(r => r.StepDueOn).ThenBy(r => r.Id).Select(r => r.Id).ToList();

        PagingAssert.IsSecondPageOf(expected, await Queries.QueueAsync(officer, TaskQueue.Unassigned, PagingAssert.SecondPage(), Ct), t => t.Id);
    }

    [Fact]
    public async Task Counts_EveryQueue_AsTheRequestsRulesHaveIt()
    {
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var approver = await ReviewScenario.ApproverOfAsync(app, officer.DepartmentId!.Value, Ct);
        await EnoughTasksAsync(officer);
        var (id, version) = await app.FileAsync(await app.UserAsync(Demo.NaniwaContractor), Contract, Ct);
        Assert.True((await app.ConfirmAsync(officer, id, version, Ct)).Succeeded);
        var today = JapaneseDate.JapanDateOf(app.Get<TimeProvider>().GetUtcNow());

        foreach (var user in new[] { officer, approver })
        {
            var waiting = await WaitingAsync(user);
            var expected = new Dictionary<TaskQueue, int>
            {
                [TaskQueue.Mine] = waiting.Count(r => r.IsHeldBy(user.UserId)),
                [TaskQueue.Unassigned] = waiting.Count(r => r.IsUnassigned && r.MayBeHeldBy(user.Role)),
                [TaskQueue.AwaitingMyApproval] = waiting.Count(r => r.CurrentStep > 0 && r.MayBeHeldBy(user.Role) && (r.IsUnassigned || r.IsHeldBy(user.UserId))),
                [TaskQueue.Overdue] = waiting.Count(r => r.IsTaskOverdueOn(today)),
                [TaskQueue.DecidedByMe] = await DecidedByAsync(user),
            };

            var counts = await Queries.CountsAsync(user, Ct);

            Assert.Equal(ReviewQueries.QueuesFor(user), counts.Keys);
            Assert.All(counts, c => Assert.Equal(expected[c.Key], c.Value));
        }

        Assert.Contains(id, (await Queries.QueueAsync(approver, TaskQueue.DecidedByMe, new PageRequest(), Ct)).Rows.Select(t => t.Id));
    }

    [Fact]
    public async Task AnotherDepartment_NeverSeesTheTasks()
    {
        var shimin = await app.UserAsync(Demo.ShiminOfficer);
        await EnoughTasksAsync(shimin);
        var kanko = await app.UserAsync(Demo.KankoOfficer);
        var shiminRequests = (await WaitingAsync(shimin)).Select(r => r.Id).ToHashSet();

        foreach (var queue in ReviewQueries.QueuesFor(kanko))
        {
            var page = await Queries.QueueAsync(kanko, queue, new PageRequest(Take: PageRequest.MaxTake), Ct);
            Assert.DoesNotContain(page.Rows, t => shiminRequests.Contains(t.Id));
        }
    }

    [Fact]
    public async Task UnknownSortColumn_FallsBackToTheQueuesOwnOrder()
    {
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        await EnoughTasksAsync(officer);

        await PagingAssert.UnknownSortFallsBackAsync(page => Queries.QueueAsync(officer, TaskQueue.Mine, page, Ct), t => t.Id);
    }

    /// <summary>More than two pages of tasks the officer holds, and as many waiting unassigned.</summary>
    private async Task EnoughTasksAsync(CurrentUser officer)
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        while ((await WaitingAsync(officer)).Count(r => r.IsHeldBy(officer.UserId)) <= 2 * PagingAssert.Size)
        {
            var (id, version) = await app.FileAsync(naniwa, Contract, Ct);
            await app.ClaimAsync(officer, id, version, Ct);
        }

        while ((await WaitingAsync(officer)).Count(r => r.IsUnassigned && r.MayBeHeldBy(officer.Role)) <= 2 * PagingAssert.Size)
        {
            await app.FileAsync(naniwa, Contract, Ct);
        }
    }

    /// <summary>The department's requests waiting for a decision, with their routes, read straight from the data.</summary>
    private async Task<List<ConfirmationRequest>> WaitingAsync(CurrentUser user)
    {
        await using var db = await app.DbAsync();
        var waiting = await db.Requests.AsNoTracking().Include(r => r.Route)
            .Where(r => r.DepartmentId == user.DepartmentId).ToListAsync(Ct);
        return [.. waiting.Where(r => r.AwaitsDecision)];
    }

    private async Task<int> DecidedByAsync(CurrentUser user)
    {
        await using var db = await app.DbAsync();
        var transitions = await db.RequestTransitions.AsNoTracking().Where(t => t.ActorUserId == user.UserId).ToListAsync(Ct);
        return transitions.Where(t => RequestTriggers.Decisions.Contains(t.Trigger)).Select(t => t.RequestId).Distinct().Count();
    }
}
