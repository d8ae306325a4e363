using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Guidelines;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Changes;

/// <summary>The app with a second guideline version (an invented one, with one more checklist item) in its library.</summary>
public sealed class TwoVersionsFactory : AppFactory
{
    public const string SecondVersion = "osaka-contractor/test-2.0";

    protected override void Configure(IWebHostBuilder builder) =>
        builder.UseSetting("Guidelines:ExtraFolder", Path.Combine(AppContext.BaseDirectory, "fixtures", "guidelines"));
}

/// <summary>
/// Guideline versions as data: a second version waits until an administrator makes it current; then confirmations under
/// the first are due for re-confirmation and their contractors told; a change is filed under the new version and must
/// answer its longer checklist; what was filed keeps its version.
/// </summary>
public sealed class GuidelineVersionTests(TwoVersionsFactory app) : IClassFixture<TwoVersionsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewVersionAdopted_OlderConfirmationsDue_ChangeFiledUnderItWithItsChecklist_FiledRequestsKeepTheirs()
    {
        var guidelines = app.Get<GuidelineLibrary>();
        var first = guidelines.Current;
        var second = guidelines.Get(TwoVersionsFactory.SecondVersion);
        Assert.NotEqual(first.Key, second.Key);
        Assert.True(second.ChecklistItems.Count > first.ChecklistItems.Count);

        var admin = await app.UserAsync(Demo.Administrator);
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var commands = app.Get<GuidelineCommands>();
        Assert.Empty(await commands.ReconfirmationDueAsync(admin, Ct));
        Assert.Equal(CommandOutcome.Forbidden, (await commands.AdoptAsync(contractor, second.Key, Ct)).Outcome);
        Assert.Equal(first.Key, guidelines.Current.Key);

        Assert.True((await commands.AdoptAsync(admin, second.Key, Ct)).Succeeded);

        Assert.Equal(second.Key, guidelines.Current.Key);
        await using var db = await app.DbAsync();
        var inForce = await db.Requests.Where(r => RequestStatuses.InForce.Contains(r.Status)).Select(r => r.Number).ToListAsync(Ct);
        Assert.Equal(inForce.Order(), (await commands.ReconfirmationDueAsync(admin, Ct)).Select(d => d.Number).Order());
        // Each company and department sees its own; a contractor cannot list or adopt versions.
        Assert.Empty(await commands.ListAsync(contractor, Ct));
        var mio = await commands.ReconfirmationDueAsync(await app.UserAsync(Demo.MioContractor), Ct);
        var kanko = await commands.ReconfirmationDueAsync(await app.UserAsync(Demo.KankoOfficer), Ct);
        Assert.NotEmpty(mio);
        Assert.NotEmpty(kanko);
        Assert.All(mio, d => Assert.Equal("みおつくし観光サービス株式会社", d.ContractorName));
        Assert.All(kanko, d => Assert.Equal("経済戦略局観光課", d.DepartmentName));
        var mine = (await commands.ReconfirmationDueAsync(contractor, Ct)).ToList();
        var confirmed = Assert.Single(mine);
        Assert.Contains(await app.Get<NotificationQueries>().LatestAsync(contractor, Ct),
            n => n.Kind == NotificationKind.ReconfirmationDue && n.RequestId == confirmed.Id);

        var change = await app.Get<RequestCommands>().CreateChangeAsync(contractor, confirmed.Id, Ct);
        var draft = (await app.Get<RequestQueries>().GetAsync(contractor, change.Id!.Value, Ct))!.Request;
        Assert.Equal(second.Key, draft.GuidelineVersion);
        var content = draft.Content.Clone();
        content.ChangeDescription = "新しい版に照らして再確認を受ける。";
        content.ChangeReason = "ガイドラインの改定。";
        content.PledgeAcknowledged = true; // a change is pledged afresh
        content.TickedChecklistItems = [.. first.ChecklistItems.Select(i => i.Number)];
        var shortOfOne = await app.Get<RequestCommands>().SubmitAsync(contractor, draft.Id, draft.Version, content, Ct);
        Assert.Equal(CommandOutcome.Invalid, shortOfOne.Outcome);
        Assert.Contains(nameof(RequestContent.TickedChecklistItems), shortOfOne.Errors!.Keys);

        content.TickedChecklistItems = [.. second.ChecklistItems.Select(i => i.Number)];
        Assert.True((await app.Get<RequestCommands>().SubmitAsync(contractor, draft.Id, draft.Version, content, Ct)).Succeeded);
        var filed = (await app.Get<RequestQueries>().GetAsync(contractor, draft.Id, Ct))!.Request;
        Assert.Equal(second.Key, Assert.Single(filed.Submissions).GuidelineVersion);
        Assert.Equal(first.Key, (await app.Get<RequestQueries>().GetAsync(contractor, confirmed.Id, Ct))!.Request.GuidelineVersion);
    }
}
