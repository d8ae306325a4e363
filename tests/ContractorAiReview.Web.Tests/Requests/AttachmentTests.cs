using System.Net;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Tests.Shared;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Requests.Attachments;
using ContractorAiReview.Web.Tests.Infrastructure;

namespace ContractorAiReview.Web.Tests.Requests;

/// <summary>
/// 別紙添付: the filer attaches sheets while the request is editable; the kind is read from the content; the people who
/// may read the request download them, nobody else.
/// </summary>
public sealed class AttachmentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AttachmentCommands Attachments => app.Get<AttachmentCommands>();

    [Fact]
    public async Task Attach_ThenFile_FilerAndDepartmentDownloadItOthersDoNot()
    {
        var (draft, content) = await NaniwaDraftAsync();
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);

        var upload = await Attachments.UploadAsync(naniwa, draft.Id, content.Attachments.Count, "別紙1 利用手順.pdf", SampleFiles.Pdf, Ct);
        var attached = Assert.IsType<AttachmentRef>(upload.Attachment);
        content.Attachments.Add(attached);
        var saved = await app.Get<RequestCommands>().SaveDraftAsync(naniwa, draft.Id, draft.Version, content, Ct);
        Assert.True(saved.Succeeded);
        var url = "/" + AttachmentEndpoints.Url(draft.Id, attached.Id);

        var filer = await DownloadAsync(Demo.NaniwaContractor, Demo.NaniwaPassword, url);
        Assert.Equal(HttpStatusCode.OK, filer.StatusCode);
        Assert.Equal(SampleFiles.Pdf, await filer.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("application/pdf", filer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", filer.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("別紙1 利用手順.pdf", filer.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(AttachmentKind.Pdf, attached.Kind);

        Assert.Equal(HttpStatusCode.NotFound, (await DownloadAsync(Demo.MioContractor, Demo.MioPassword, url)).StatusCode);
        // The department reads filings: not the draft's sheet, but the filed one.
        Assert.Equal(HttpStatusCode.NotFound, (await DownloadAsync(Demo.ShiminOfficer, Demo.ShiminPassword, url)).StatusCode);

        var filed = await app.Get<RequestCommands>().SubmitAsync(naniwa, draft.Id, saved.Version!.Value, content, Ct);
        Assert.True(filed.Succeeded, string.Join(" ", filed.Errors?.Values.SelectMany(e => e) ?? []));

        Assert.Equal(HttpStatusCode.OK, (await DownloadAsync(Demo.ShiminOfficer, Demo.ShiminPassword, url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DownloadAsync(Demo.KankoOfficer, Demo.KankoPassword, url)).StatusCode);

        // Filed: frozen until a return.
        var late = await Attachments.UploadAsync(naniwa, draft.Id, content.Attachments.Count, "追加.pdf", SampleFiles.Pdf, Ct);
        Assert.Null(late.Attachment);
        Assert.Equal(Localization.Strings["Attachments.NotEditable"].Value, late.Refusal);
    }

    [Theory]
    [InlineData("別紙.pdf", nameof(SampleFiles.Program), "Attachments.WrongKind")]
    [InlineData("別紙.docx", nameof(SampleFiles.PlainZip), "Attachments.WrongKind")]
    public async Task Attach_ContentOfAnotherKind_RefusedWhateverItsName(string fileName, string sample, string message)
    {
        var (draft, content) = await NaniwaDraftAsync();

        var upload = await Attachments.UploadAsync(await app.UserAsync(Demo.NaniwaContractor), draft.Id, content.Attachments.Count, fileName,
            (byte[])typeof(SampleFiles).GetProperty(sample)!.GetValue(null)!, Ct);

        Assert.Null(upload.Attachment);
        Assert.Equal(Localization.Strings[message].Value, upload.Refusal);
    }

    [Fact]
    public async Task Attach_TooLargeOrTooMany_Refused()
    {
        var (draft, content) = await NaniwaDraftAsync();
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        var tooLarge = new byte[Attachments.MaxBytes + 1];
        SampleFiles.Pdf.CopyTo(tooLarge, 0);

        var large = await Attachments.UploadAsync(naniwa, draft.Id, 0, "大きい.pdf", tooLarge, Ct);
        var many = await Attachments.UploadAsync(naniwa, draft.Id, RequestContent.AttachmentLimit, "11件目.pdf", SampleFiles.Pdf, Ct);

        Assert.Equal(Localization.Strings["Attachments.TooLarge", AttachmentCommands.Megabytes(Attachments.MaxBytes)].Value, large.Refusal);
        Assert.Equal(Localization.Strings["Attachments.TooMany", RequestContent.AttachmentLimit].Value, many.Refusal);
    }

    [Fact]
    public async Task Attach_AnotherCompanysRequest_NotFound()
    {
        var (draft, _) = await NaniwaDraftAsync();

        var upload = await Attachments.UploadAsync(await app.UserAsync(Demo.MioContractor), draft.Id, 0, "別紙.pdf", SampleFiles.Pdf, Ct);

        Assert.Null(upload.Attachment);
        Assert.Equal(Localization.Strings["Error.RequestNotFound"].Value, upload.Refusal);
    }

    private async Task<((int Id, int Version) Draft, RequestContent Content)> NaniwaDraftAsync()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        var contract = (await app.Get<RequestQueries>().FileableContractsAsync(naniwa, Ct)).First();
        var content = TestContent.Complete();
        var draft = await app.Get<RequestCommands>().CreateDraftAsync(naniwa, contract.Id, content, Ct);
        Assert.True(draft.Succeeded);
        return ((draft.Id!.Value, draft.Version!.Value), content);
    }

    private async Task<HttpResponseMessage> DownloadAsync(string email, string password, string url)
    {
        using var client = await app.SignedInClientAsync(email, password);
        return await client.GetAsync(url, Ct);
    }
}
