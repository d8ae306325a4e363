using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Notifications;

/// <summary>The notifications page: all of a person's own notifications, a page at a time, sorted in the database; read as from the bell.</summary>
public sealed class NotificationListTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private NotificationQueries Queries => app.Get<NotificationQueries>();

    [Fact]
    public async Task List_ByDefault_NewestFirst_SecondPageInOrder_UnknownSortTheSame()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        await FileSomeAsync(contractor);
        var expected = (await NotificationsAsync(n => n.UserId == contractor.UserId))
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Select(n => n.Id).ToList();

        var page = await Queries.ListAsync(contractor, unreadOnly: false, PagingAssert.SecondPage(), Ct);

        PagingAssert.IsSecondPageOf(expected, page, n => n.Id);
        await PagingAssert.UnknownSortFallsBackAsync(request => Queries.ListAsync(contractor, false, request, Ct), n => n.Id);
    }

    [Theory]
    [InlineData(Demo.NaniwaContractor)]
    [InlineData(Demo.ShiminOfficer)]
    [InlineData(Demo.MioContractor)]
    public async Task List_EveryPage_OnlyThePersonsOwn_AnotherPersonsNeverAppear(string email)
    {
        var person = await app.UserAsync(email);
        await FileSomeAsync(await app.UserAsync(Demo.NaniwaContractor));
        var own = (await NotificationsAsync(n => n.UserId == person.UserId)).Select(n => n.Id).Order().ToList();
        var others = (await NotificationsAsync(n => n.UserId != person.UserId)).Select(n => n.Id).ToHashSet();

        var listed = await PagingAssert.AllAsync(request => Queries.ListAsync(person, false, request, Ct), n => n.Id);

        Assert.NotEmpty(others);
        Assert.Equal(own, listed.Order());
        Assert.DoesNotContain(listed, others.Contains);
    }

    [Fact]
    public async Task List_UnreadOnly_SortedByRequestNumber_SecondPageInOrder()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        await FileSomeAsync(contractor);
        var read = (await Queries.ListAsync(contractor, unreadOnly: true, new PageRequest(Take: 1), Ct)).Rows.Single();
        await Queries.MarkReadAsync(contractor, read.Id, Ct);
        var expected = (await NotificationsAsync(n => n.UserId == contractor.UserId && n.ReadAtUtc == null))
            .OrderBy(n => n.RequestNumber, StringComparer.Ordinal).ThenBy(n => n.Id).Select(n => n.Id).ToList();

        var page = await Queries.ListAsync(contractor, unreadOnly: true, PagingAssert.SecondPage(NotificationSort.Request), Ct);

        PagingAssert.IsSecondPageOf(expected, page, n => n.Id);
        Assert.DoesNotContain(read.Id, expected);
    }

    [Fact]
    public async Task MarkRead_FromTheList_ReadAndThePersonsOpenPagesTold_AnotherPersonsAttemptChangesNothing()
    {
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        await app.FileAsync(contractor, null, Ct);
        var newest = (await Queries.ListAsync(officer, unreadOnly: true, new PageRequest(Take: 1), Ct)).Rows.Single();
        var unread = await Queries.UnreadCountAsync(officer, Ct);
        var told = new List<string>();
        var signals = app.Get<NotificationSignals>();
        void Listen(IReadOnlySet<string> people)
        {
            lock (told)
            {
                told.AddRange(people);
            }
        }

        signals.Changed += Listen;
        try
        {
            await Queries.MarkReadAsync(contractor, newest.Id, Ct);
            Assert.Equal(unread, await Queries.UnreadCountAsync(officer, Ct));
            Assert.DoesNotContain(officer.UserId, told);

            await Queries.MarkReadAsync(officer, newest.Id, Ct);
        }
        finally
        {
            signals.Changed -= Listen;
        }

        Assert.Contains(officer.UserId, told);
        Assert.Equal(unread - 1, await Queries.UnreadCountAsync(officer, Ct));
        var listed = await PagingAssert.AllAsync(request => Queries.ListAsync(officer, false, request, Ct), n => n);
        Assert.True(listed.Single(n => n.Id == newest.Id).IsRead);
        Assert.DoesNotContain(newest.Id, await PagingAssert.AllAsync(request => Queries.ListAsync(officer, true, request, Ct), n => n.Id));
    }

    /// <summary>
    /// Requests the contractor files: a receipt for the contractor and a new task for the department's officers each.
    /// Enough that, with one of them read, the unread ones still need more than one page, whatever ran before.
    /// </summary>
    private async Task FileSomeAsync(CurrentUser contractor)
    {
        for (var i = 0; i < PagingAssert.Size + 2; i++)
        {
            await app.FileAsync(contractor, null, Ct);
        }
    }

    private async Task<List<Notification>> NotificationsAsync(System.Linq.Expressions.Expression<Func<Notification, bool>> which)
    {
        await using var db = await app.DbAsync();
        return await db.Notifications.AsNoTracking().Where(which).ToListAsync(Ct);
    }
}
