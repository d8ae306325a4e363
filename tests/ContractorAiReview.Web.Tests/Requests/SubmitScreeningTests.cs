using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Tests.Infrastructure;

namespace ContractorAiReview.Web.Tests.Requests;

/// <summary>The server applies the form's rule: a blocker is changed or explained before the request is filed.</summary>
public sealed class SubmitScreeningTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Submit_ConsumerPlanWithoutExplanation_RefusedThenAcceptedWithExplanation()
    {
        var ct = TestContext.Current.CancellationToken;
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var commands = app.Get<RequestCommands>();
        var contractId = (await app.Get<RequestQueries>().FileableContractsAsync(contractor, ct)).First().Id;
        var content = TestContent.Complete();
        content.Services[0].ServiceName = "ChatGPT";
        content.Services[0].Declaration = new ServiceDeclaration { CatalogueEntryId = "chatgpt-personal" };
        var draft = await commands.CreateDraftAsync(contractor, contractId, content, ct);

        var refused = await commands.SubmitAsync(contractor, draft.Id!.Value, draft.Version!.Value, content, ct);

        Assert.Equal(CommandOutcome.Invalid, refused.Outcome);
        Assert.Contains(nameof(RequestContent.ScreeningJustification), refused.Errors!.Keys);

        content.ScreeningJustification = "法人契約（ChatGPT Enterprise）で利用するため、カタログの個人向けプランには該当しない。";
        var accepted = await commands.SubmitAsync(contractor, draft.Id.Value, draft.Version.Value, content, ct);

        Assert.True(accepted.Succeeded);
    }
}
