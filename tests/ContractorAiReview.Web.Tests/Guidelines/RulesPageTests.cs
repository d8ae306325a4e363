using System.Net;
using System.Text.RegularExpressions;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Guidelines;

/// <summary>The rules page: every usage rule and the specification's text for whoever works with them, and each contract's specification for its own organisation only.</summary>
public sealed partial class RulesPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Demo.NaniwaContractor, Demo.NaniwaPassword)]
    [InlineData(Demo.KankoOfficer, Demo.KankoPassword)]
    public async Task Open_ContractorOrOfficer_ReadsEveryUsageRuleAndTheSpecification(string email, string password)
    {
        var html = await PageAsync(email, password);

        var guideline = TestContent.Guideline;
        // Line by line: a rule's line break is a <br /> on the page.
        Assert.All(guideline.UsageRules.SelectMany(r => r.Text.Split('\n')), line => Assert.Contains(line, html, StringComparison.Ordinal));
        Assert.Equal(guideline.UsageRules.Count, DataRule().Matches(html).Count);
        Assert.All(guideline.SpecialSpecification.Clauses.SelectMany(c => c.Split('\n')).Where(line => !line.StartsWith("http", StringComparison.Ordinal)),
            line => Assert.Contains(line, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Open_SpecificationsWebAddress_IsALinkWithoutMarkdownBrackets()
    {
        var html = await PageAsync(Demo.NaniwaContractor, Demo.NaniwaPassword);

        var url = Url().Match(string.Join("\n", TestContent.Guideline.SpecialSpecification.Clauses)).Value;
        Assert.StartsWith("https://", url, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{url}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<{url}>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Demo.NaniwaContractor, Demo.NaniwaPassword)]
    [InlineData(Demo.KankoOfficer, Demo.KankoPassword)]
    public async Task Open_OwnOrganisationsContractsOnly_EachWithItsSpecification(string email, string password)
    {
        var user = await app.UserAsync(email);
        await using var db = await app.DbAsync();
        var contracts = await db.Contracts.Select(c => new { c.Name, c.ContractorId, c.DepartmentId }).ToListAsync(Ct);
        bool Own(int contractorId, int departmentId) => user.IsContractor ? contractorId == user.ContractorId : departmentId == user.DepartmentId;

        var html = await PageAsync(email, password);

        Assert.Contains(contracts, c => Own(c.ContractorId, c.DepartmentId));
        Assert.All(contracts, c =>
        {
            if (Own(c.ContractorId, c.DepartmentId))
            {
                Assert.Contains(c.Name, html, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain(c.Name, html, StringComparison.Ordinal);
            }
        });
        Assert.Contains("data-testid=\"own-specification-pdf\"", html, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string email, string password)
    {
        using var client = await app.SignedInClientAsync(email, password);
        var response = await client.GetAsync("/rules", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }

    [GeneratedRegex("data-rule=\"\\d+\"")]
    private static partial Regex DataRule();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();
}
