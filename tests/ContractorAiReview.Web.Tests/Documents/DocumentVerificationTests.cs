using System.Net;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Documents;

public sealed class DocumentVerificationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Find_CodeTypedLooselyAndStoredCopy_GenuineAndCurrent()
    {
        var issued = await SeededNoticeAsync();
        var typed = issued.VerificationCode.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();

        var result = await app.Get<DocumentVerification>().FindAsync(typed, TestContext.Current.CancellationToken);

        Assert.NotNull(result);
        Assert.Equal(issued.DocumentNumber, result.DocumentNumber);
        Assert.Equal(DocumentValidity.Current, result.Validity);
        Assert.True(DocumentVerification.IsGenuine(result, issued.Content));
    }

    [Fact]
    public async Task IsGenuine_OneByteAltered_False()
    {
        var issued = await SeededNoticeAsync();
        var result = (await app.Get<DocumentVerification>().FindAsync(issued.VerificationCode, TestContext.Current.CancellationToken))!;
        var altered = issued.Content.ToArray();
        altered[altered.Length / 2] ^= 0x01;

        Assert.False(DocumentVerification.IsGenuine(result, altered));
    }

    [Fact]
    public async Task Find_UnknownCode_Null()
    {
        Assert.Null(await app.Get<DocumentVerification>().FindAsync("ZZZZZ-ZZZZZ", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task VerifyPage_AnonymousWithCode_ShowsStatusAndNothingConfidential()
    {
        var issued = await SeededNoticeAsync();
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync($"/verify/{issued.VerificationCode}", TestContext.Current.CancellationToken);
        // Server rendering writes non-ASCII text as character references.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-validity=\"Current\"", html);
        Assert.Contains(issued.DocumentNumber, html);
        Assert.Contains("市民局区政課", html);
        Assert.DoesNotContain("株式会社なにわ情報システム", html);
        Assert.DoesNotContain("区民アンケート", html);
    }

    [Fact]
    public async Task VerifyPage_SupersededNotice_ShownAsSuperseded()
    {
        var issued = await SeededNoticeAsync("多言語観光パンフレット作成業務委託");
        await using (var db = await app.DbAsync())
        {
            var document = await db.IssuedDocuments.SingleAsync(d => d.Id == issued.Id, TestContext.Current.CancellationToken);
            document.Supersede(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var anonymous = app.CreateClient();
        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/verify/{issued.VerificationCode}", TestContext.Current.CancellationToken));

        Assert.Contains("data-validity=\"Superseded\"", html);
        Assert.Contains("失効", html);
    }

    private async Task<IssuedDocument> SeededNoticeAsync(string contractName = "区民アンケート集計分析業務委託")
    {
        await using var db = await app.DbAsync();
        var requestId = await db.Requests.Where(r => r.Contract!.Name == contractName).Select(r => r.Id).FirstAsync();
        return await db.IssuedDocuments.AsNoTracking().SingleAsync(d => d.RequestId == requestId && d.Kind == DocumentKind.ConfirmationNotice);
    }
}
