using ContractorAiReview.Domain.Routing;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Admin;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Resources;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Tests.Admin;

/// <summary>The administrator's people, companies and departments, read one page at a time, filtered and sorted in the database.</summary>
public sealed class OrganisationListPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private UserCommands Users => app.Get<UserCommands>();

    private OrganisationCommands Organisations => app.Get<OrganisationCommands>();

    [Fact]
    public async Task Users_SortedByName_SecondPageInOrder_UnknownSortFallsBack()
    {
        var admin = await app.UserAsync(Demo.Administrator);
        var people = await PeopleAsync();

        var page = await Users.ListAsync(admin, new UserFilter(), PagingAssert.SecondPage(UserSort.Name), Ct);

        PagingAssert.IsSecondPageOf([.. people.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Id)], page, r => r.Id);
        await PagingAssert.UnknownSortFallsBackAsync(request => Users.ListAsync(admin, new UserFilter(), request, Ct), r => r.Id);
    }

    [Fact]
    public async Task Users_SortedByOrganisationDescending_SecondPageInOrder_CityStaffUnderTheirLabel()
    {
        var admin = await app.UserAsync(Demo.Administrator);
        var people = await PeopleAsync();

        var page = await Users.ListAsync(admin, new UserFilter(), PagingAssert.SecondPage(UserSort.Organisation, descending: true), Ct);

        PagingAssert.IsSecondPageOf(
            [.. people.OrderByDescending(p => p.Organisation, StringComparer.Ordinal).ThenByDescending(p => p.Id, StringComparer.Ordinal).Select(p => p.Id)], page, r => r.Id);
        var label = CityStaffLabel;
        var cityStaff = await PagingAssert.AllAsync(request => Users.ListAsync(admin, new UserFilter(Text: label), request, Ct), r => r.Id);
        Assert.Equal(people.Where(p => Matches(p, label)).Select(p => p.Id).Order(StringComparer.Ordinal), cityStaff.Order(StringComparer.Ordinal));
        Assert.Contains(people, p => p.Organisation == label);
    }

    [Fact]
    public async Task Users_TextInAnotherCaseAndRole_CountsOnlyWhatMatches_EmailDescending()
    {
        var admin = await app.UserAsync(Demo.Administrator);
        var marker = await ColleaguesAsync();

        var page = await Users.ListAsync(
            admin, new UserFilter(Text: marker.ToUpperInvariant(), Role: Roles.Approver), PagingAssert.SecondPage(UserSort.Email, descending: true), Ct);

        var expected = (await PeopleAsync())
            .Where(p => Matches(p, marker) && p.Role == Roles.Approver)
            .OrderByDescending(p => p.Email, StringComparer.Ordinal).ThenByDescending(p => p.Id, StringComparer.Ordinal).Select(p => p.Id).ToList();
        PagingAssert.IsSecondPageOf(expected, page, r => r.Id);
    }

    [Fact]
    public async Task Users_DisabledOnly_OnlyThoseDisabled_AndTheOrganisationsNameFindsItsPeople()
    {
        var admin = await app.UserAsync(Demo.Administrator);
        var marker = await ColleaguesAsync();
        var people = await PeopleAsync();
        foreach (var officer in people.Where(p => p.Email.Contains(marker, StringComparison.Ordinal) && p.Role == Roles.DepartmentOfficer))
        {
            Assert.True((await Users.SetDisabledAsync(admin, officer.Id, disabled: true, ct: Ct)).Succeeded);
        }

        people = await PeopleAsync();
        PagingAssert.IsSecondPageOf(
            [.. people.Where(p => Matches(p, marker) && p.IsDisabled).OrderBy(p => p.Email, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Id)],
            await Users.ListAsync(admin, new UserFilter(Text: marker, DisabledOnly: true), PagingAssert.SecondPage(), Ct), r => r.Id);
        var department = people.Single(p => p.Email == Demo.ShiminOfficer).Organisation;
        PagingAssert.IsSecondPageOf(
            [.. people.Where(p => Matches(p, department)).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Id)],
            await Users.ListAsync(admin, new UserFilter(Text: department), PagingAssert.SecondPage(UserSort.Name), Ct), r => r.Id);
    }

    [Fact]
    public async Task Companies_TextInAnotherCase_NameNumberOrAddress_SortedByCorporateNumberDescending()
    {
        var marker = $"Qz{Guid.NewGuid():N}"[..10];
        await app.NewCompanyAsync(AdminScenario.SampleCompany($"株式会社{marker}"), Ct);
        await app.NewCompanyAsync(AdminScenario.SampleCompany($"{marker}企画合同会社", corporateNumber: "7000012050002"), Ct);
        await app.NewCompanyAsync(AdminScenario.SampleCompany("有限会社みなと商会", address: $"大阪市港区築港1-1 {marker}ビル"), Ct);
        await app.NewCompanyAsync(AdminScenario.SampleCompany("有限会社ほかの商会"), Ct);
        await using var db = await app.DbAsync();
        var expected = (await db.Contractors.AsNoTracking().ToListAsync(Ct))
            .Where(c => new[] { c.Name, c.CorporateNumber ?? "", c.Address }.Any(t => t.Contains(marker, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(c => c.CorporateNumber ?? "", StringComparer.Ordinal).ThenByDescending(c => c.Id).Select(c => c.Id).ToList();

        var page = await Organisations.SearchCompaniesAsync(
            await app.UserAsync(Demo.Administrator), marker.ToLowerInvariant(), PagingAssert.SecondPage(CompanySort.CorporateNumber, descending: true), Ct);

        PagingAssert.IsSecondPageOf(expected, page, c => c.Id);
    }

    [Fact]
    public async Task Companies_Procurement_ByDefault_ByName_EveryUserCountFromTheData_UnknownSortTheSame()
    {
        var procurement = await app.UserAsync(Demo.Procurement);
        await using var db = await app.DbAsync();
        var companies = await db.Contractors.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(Ct);
        var people = await db.Users.AsNoTracking().Where(u => u.ContractorId != null).Select(u => u.ContractorId!.Value).ToListAsync(Ct);

        await ByNameWithPeopleCountedAsync(
            request => Organisations.SearchCompaniesAsync(procurement, null, request, Ct), [.. companies.Select(c => (c.Id, c.Name))], people, c => (c.Id, c.UserCount));
    }

    [Fact]
    public async Task Departments_SearchedSortedByProcessingDays_SecondPageInOrder_RoutesOfThatPageAtTheirLatestVersion()
    {
        var admin = await app.UserAsync(Demo.Administrator);
        var marker = $"試験{Guid.NewGuid():N}"[..10];
        // Sorted by processing days, the department whose route changes twice is the first of the second page.
        var changed = await app.NewDepartmentAsync($"{marker}局", "総務課", 15, Ct);
        foreach (var (section, days) in new[] { ("企画課", 5), ("管理課", 12), ("調整課", 20) })
        {
            await app.NewDepartmentAsync($"{marker}局", section, days, Ct);
        }

        foreach (var days in new[] { 3, 4 })
        {
            var current = (await app.Get<RouteCommands>().RoutesAsync(admin, [changed], Ct)).Single().Route!.Version;
            Assert.True((await app.Get<RouteCommands>().ChangeRouteAsync(admin, changed, current, ApprovalRoute.SingleStep(days), ct: Ct)).Succeeded);
        }

        await using var db = await app.DbAsync();
        var expected = (await db.Departments.AsNoTracking().Where(d => d.Bureau == $"{marker}局").ToListAsync(Ct))
            .OrderBy(d => d.StandardProcessingDays).ThenBy(d => d.Id).Select(d => d.Id).ToList();
        var latest = (await db.ApprovalRoutes.AsNoTracking().ToListAsync(Ct)).GroupBy(r => r.DepartmentId).ToDictionary(g => g.Key, g => g.Max(r => r.Version));

        var page = await Organisations.SearchDepartmentsAsync(admin, marker, PagingAssert.SecondPage(DepartmentSort.ProcessingDays), Ct);

        PagingAssert.IsSecondPageOf(expected, page, d => d.Id);
        var routes = await app.Get<RouteCommands>().RoutesAsync(admin, [.. page.Rows.Select(d => d.Id)], Ct);
        Assert.Equal(page.Rows.Select(d => d.Id).Order(), routes.Select(r => r.DepartmentId).Order());
        Assert.All(routes, r => Assert.Equal(latest[r.DepartmentId], r.Route!.Version));
        Assert.Contains(changed, routes.Select(r => r.DepartmentId));
    }

    [Fact]
    public async Task Departments_ByDefault_ByName_EveryStaffCountFromTheData_UnknownSortTheSame()
    {
        var admin = await app.UserAsync(Demo.Administrator);
        await app.NewDepartmentAsync("既定順局", "試験課", 10, Ct); // one without staff
        await using var db = await app.DbAsync();
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name }).ToListAsync(Ct);
        var staff = await db.Users.AsNoTracking().Where(u => u.DepartmentId != null).Select(u => u.DepartmentId!.Value).ToListAsync(Ct);

        await ByNameWithPeopleCountedAsync(
            request => Organisations.SearchDepartmentsAsync(admin, null, request, Ct), [.. departments.Select(d => (d.Id, d.Name))], staff, d => (d.Id, d.StaffCount));
    }

    /// <summary>
    /// An organisation list unfiltered: its second page by name, as <paramref name="all"/> (id and name, from the data)
    /// orders them; every row counting the people <paramref name="peopleOf"/> (each person's organisation) gives it; an
    /// unknown sort as the default.
    /// </summary>
    private static async Task ByNameWithPeopleCountedAsync<TRow>(
        Func<PageRequest, Task<Page<TRow>>> read, IReadOnlyList<(int Id, string Name)> all, IReadOnlyList<int> peopleOf, Func<TRow, (int Id, int People)> counted)
    {
        PagingAssert.IsSecondPageOf([.. all.OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id).Select(o => o.Id)], await read(PagingAssert.SecondPage()), r => counted(r).Id);
        var listed = await PagingAssert.AllAsync(read, counted);
        Assert.Equal(all.Select(o => (o.Id, peopleOf.Count(id => id == o.Id))).Order(), listed.Order());
        await PagingAssert.UnknownSortFallsBackAsync(read, r => counted(r).Id);
    }

    /// <summary>A person as the list should show them, read from the data: role and organisation joined here, not by the list.</summary>
    private sealed record Person(string Id, string Name, string Email, string Role, string Organisation, bool IsDisabled);

    /// <summary>What the search box means: the text in the name, the e-mail address or the organisation, in any case.</summary>
    private static bool Matches(Person person, string text) =>
        new[] { person.Name, person.Email, person.Organisation }.Any(t => t.Contains(text, StringComparison.OrdinalIgnoreCase));

    private string CityStaffLabel => app.Get<IStringLocalizer<Strings>>()["Users.CityStaff"];

    private async Task<List<Person>> PeopleAsync()
    {
        await using var db = await app.DbAsync();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToDictionaryAsync(r => r.UserId, r => r.Name!, Ct);
        var companies = await db.Contractors.ToDictionaryAsync(c => c.Id, c => c.Name, Ct);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, Ct);
        var label = CityStaffLabel;
        return [.. (await db.Users.AsNoTracking().ToListAsync(Ct)).Select(u => new Person(
            u.Id, u.DisplayName, u.Email!, roles[u.Id],
            u.ContractorId is { } c ? companies[c] : u.DepartmentId is { } d ? departments[d] : label,
            u.IsDisabled))];
    }

    /// <summary>Three officers and three approvers of 市民局区政課 whose e-mail addresses share a new marker; the marker.</summary>
    private async Task<string> ColleaguesAsync()
    {
        var marker = $"pg{Guid.NewGuid():N}"[..10];
        var shimin = await app.UserAsync(Demo.ShiminOfficer);
        foreach (var role in new[] { Roles.DepartmentOfficer, Roles.Approver })
        {
            for (var i = 0; i < 3; i++)
            {
                await app.NewColleagueAsync(shimin, $"{marker}-{role.ToLowerInvariant()}{i}@city.example.jp", role, Ct);
            }
        }

        return marker;
    }
}
