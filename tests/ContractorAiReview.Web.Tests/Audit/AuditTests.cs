using System.Net;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Web.Audit;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ContractorAiReview.Web.Infrastructure.Data;

namespace ContractorAiReview.Web.Tests.Audit;

/// <summary>Downloads and refused attempts land in the security record, which only the administrator can search.</summary>
public sealed class AuditTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Download_OwnDocument_RecordedWithWhoAndWhat()
    {
        var ct = TestContext.Current.CancellationToken;
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var document = await DocumentOfAsync(contractor.ContractorId!.Value, ct);
        using var client = await app.SignedInClientAsync(Demo.NaniwaContractor, Demo.NaniwaPassword);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/documents/{document.Id}", ct)).StatusCode);

        var entry = await LatestAsync(AuditEvent.DocumentDownloaded, ct);
        Assert.Equal(contractor.UserId, entry.ActorUserId);
        Assert.Equal($"document:{document.Id}", entry.Target);
        Assert.Equal(document.DocumentNumber, entry.Detail);
    }

    [Fact]
    public async Task Download_OtherCompanysDocument_NotFoundAndRecordedAsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var mio = await app.UserAsync(Demo.MioContractor);
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        var document = await DocumentOfAsync(mio.ContractorId!.Value, ct);
        using var client = await app.SignedInClientAsync(Demo.NaniwaContractor, Demo.NaniwaPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documents/{document.Id}", ct)).StatusCode);

        var entry = await LatestAsync(AuditEvent.AccessRefused, ct);
        Assert.Equal(naniwa.UserId, entry.ActorUserId);
        Assert.Equal($"document:{document.Id}", entry.Target);
    }

    [Fact]
    public async Task Search_Administrator_FindsByEventAndAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        var log = app.Get<AuditLog>();
        await log.RecordAsync(AuditEvent.SignInFailed, null, null, "Someone@Example.jp", detail: "wrong password", ct: ct);
        await log.RecordAsync(AuditEvent.LockedOut, null, null, "someone@example.jp", ct: ct);
        var admin = await app.UserAsync(Demo.Administrator);

        var all = await app.Get<AuditQueries>().SearchAsync(admin, new AuditFilter(Email: "someone@"), new PageRequest(Take: 50), ct);
        var failures = await app.Get<AuditQueries>().SearchAsync(admin, new AuditFilter(Email: "someone@", Event: AuditEvent.SignInFailed), new PageRequest(Take: 50), ct);

        Assert.Equal(2, all.Total);
        Assert.Equal([AuditEvent.LockedOut, AuditEvent.SignInFailed], all.Rows.Select(r => r.Event));
        Assert.Equal("someone@example.jp", Assert.Single(failures.Rows).SubjectEmail);
    }

    [Theory]
    [InlineData(Demo.NaniwaContractor)]
    [InlineData(Demo.ShiminOfficer)]
    [InlineData(Demo.Procurement)]
    public async Task Search_NotAdministrator_Nothing(string email)
    {
        var ct = TestContext.Current.CancellationToken;
        await app.Get<AuditLog>().RecordAsync(AuditEvent.SignInFailed, null, null, "x@example.jp", ct: ct);

        var results = await app.Get<AuditQueries>().SearchAsync(await app.UserAsync(email), new AuditFilter(), new PageRequest(Take: 50), ct);

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Rows);
    }

    private async Task<IssuedDocument> DocumentOfAsync(int contractorId, CancellationToken ct)
    {
        await using var db = await app.DbAsync();
        return await db.IssuedDocuments.AsNoTracking().FirstAsync(d => d.ContractorId == contractorId && d.RequestId != null, ct);
    }

    private async Task<AuditEntry> LatestAsync(AuditEvent @event, CancellationToken ct)
    {
        await using var db = await app.DbAsync();
        return await db.AuditEntries.Where(e => e.Event == @event).OrderByDescending(e => e.Id).FirstAsync(ct);
    }
}
