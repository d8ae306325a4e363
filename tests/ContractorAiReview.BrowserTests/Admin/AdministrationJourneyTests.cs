using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;
using static ContractorAiReview.BrowserTests.Requests.RequestFormFiller;

namespace ContractorAiReview.BrowserTests.Admin;

/// <summary>
/// A city starting from nothing, in the browser: the administrator sets up a department, an officer of it and a company and invites the
/// company's person, procurement registers the contract and attaches the specification, and the invitee signs up
/// through the link and files a request. Then the administrator disables a person whose page is open.
/// </summary>
public sealed class AdministrationJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Bureau = "環境局";
    private const string Section = "環境施策課";
    private const string Company = "株式会社みどり環境計画";
    private const string ContractName = "環境学習教材作成業務委託";
    private const string InviteeEmail = "tanaka@midori.example.jp";
    private const string StaffEmail = "kankyo.ichiro@city.example.jp";

    [Fact]
    public async Task SetUpThenFile_DepartmentCompanyInvitationContract_InviteeFilesARequest()
    {
        var admin = await SignInAsync(Demo.Administrator);

        await GotoAsync(admin, "admin/departments");
        await admin.GetByTestId("department-new").ClickAsync();
        await admin.GetByTestId("department-bureau").FillAsync(Bureau);
        await admin.GetByTestId("department-section").FillAsync(Section);
        await admin.GetByTestId("department-phone").FillAsync("06-6630-3000");
        await admin.GetByTestId("department-email").FillAsync("kankyo@city.example.jp");
        await ScreenshotAsync(admin, "70-admin-department-dialog");
        await AssertNoSeriousViolationsAsync(admin, "admin-department-dialog");
        await admin.GetByTestId("department-save").ClickAsync();
        await Expect(admin.GetByTestId("departments-table")).ToContainTextAsync(Bureau + Section);
        await DismissMessagesAsync(admin);
        await ScreenshotAsync(admin, "71-admin-departments");
        await AssertNoSeriousViolationsAsync(admin, "admin-departments");

        await GotoAsync(admin, "admin/companies");
        await admin.GetByTestId("company-new").ClickAsync();
        await admin.GetByTestId("company-name").FillAsync(Company);
        await admin.GetByTestId("company-address").FillAsync("大阪市住之江区南港北2-1-10");
        await admin.GetByTestId("company-title").FillAsync("代表取締役");
        await admin.GetByTestId("company-representative").FillAsync("緑川 一郎");
        // A wrong check digit is refused at the field, then the right number is accepted.
        await admin.GetByTestId("company-number").FillAsync("8000012050002");
        await admin.GetByTestId("company-save").ClickAsync();
        await Expect(admin.GetByText("法人番号が正しくありません", new() { Exact = false })).ToBeVisibleAsync();
        await ScreenshotAsync(admin, "72-admin-company-dialog-error");
        await AssertNoSeriousViolationsAsync(admin, "admin-company-dialog-error");
        await admin.GetByTestId("company-number").FillAsync("7000012050002");
        await admin.GetByTestId("company-save").ClickAsync();
        await Expect(admin.GetByTestId("companies-table")).ToContainTextAsync(Company);
        await DismissMessagesAsync(admin);
        await ScreenshotAsync(admin, "73-admin-companies");
        await AssertNoSeriousViolationsAsync(admin, "admin-companies");

        await GotoAsync(admin, "admin/users");
        await admin.GetByTestId("staff-new").ClickAsync();
        await admin.GetByTestId("staff-name").FillAsync("環境 一郎");
        await admin.GetByTestId("staff-email").FillAsync(StaffEmail);
        await PickAsync(admin, "所管部署", "施策", Bureau + Section);
        await ScreenshotAsync(admin, "74-admin-staff-dialog");
        await AssertNoSeriousViolationsAsync(admin, "admin-staff-dialog");
        await admin.GetByTestId("staff-save").ClickAsync();
        await Expect(admin.GetByTestId("handover-secret")).Not.ToBeEmptyAsync();
        await admin.GetByTestId("handover-close").ClickAsync();
        await Expect(admin.GetByTestId("users-table").Locator("tr", new() { HasText = StaffEmail })).ToContainTextAsync(Bureau + Section);

        await admin.GetByTestId("invite-new").ClickAsync();
        await PickAsync(admin, "商号又は名称", "みどり", $"{Company}（受注者）");
        await admin.GetByTestId("invite-email").FillAsync(InviteeEmail);
        await admin.GetByTestId("invite-save").ClickAsync();
        var link = await admin.GetByTestId("handover-secret").InputValueAsync();
        Assert.Contains("/account/invitation/", link, StringComparison.Ordinal);
        await ScreenshotAsync(admin, "74-admin-invitation-link");
        await AssertNoSeriousViolationsAsync(admin, "admin-invitation-link");
        await admin.GetByTestId("handover-close").ClickAsync();
        await Expect(admin.GetByTestId("invitations-table")).ToContainTextAsync(InviteeEmail);
        await ScreenshotAsync(admin, "75-admin-users");
        await AssertNoSeriousViolationsAsync(admin, "admin-users");
        await admin.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(admin, "75-admin-users-phone");
        await AssertNoSeriousViolationsAsync(admin, "admin-users-phone");

        var procurement = await SignInAsync(Demo.Procurement);
        await GotoAsync(procurement, "contracts/new");
        await procurement.GetByTestId("contract-name").FillAsync(ContractName);
        await procurement.GetByTestId("contract-number").FillAsync("2026-KS-101");
        await PickAsync(procurement, "所管部署", Section, Bureau + Section);
        await PickAsync(procurement, "受注者・指定管理者", "みどり", $"{Company}（受注者）");
        await procurement.GetByTestId("contract-save").ClickAsync();
        await procurement.WaitForURLAsync(url => url.EndsWith("/contracts", StringComparison.Ordinal));
        await procurement.GetByRole(AriaRole.Button, new() { Name = $"特記仕様書を添付: {ContractName}" }).ClickAsync();
        await procurement.GetByTestId("attach-confirm").ClickAsync();
        await Expect(procurement.Locator("tr", new() { HasText = ContractName }).GetByTestId("specification-link")).ToBeVisibleAsync();

        // The invitee, in a browser of their own, follows the link.
        var invitee = await NewPageAsync();
        await invitee.GotoAsync(link);
        await invitee.Locator("#display-name").FillAsync("田中 みどり");
        await invitee.Locator("#new-password").FillAsync("Midori#2026plan");
        await invitee.Locator("#confirm-password").FillAsync("Midori#2026plan");
        await ScreenshotAsync(invitee, "76-invitation-sign-up");
        await AssertNoSeriousViolationsAsync(invitee, "invitation-sign-up");
        await invitee.GetByTestId("invitation-submit").ClickAsync();
        await WaitForInteractiveAsync(invitee);
        await Expect(invitee.GetByTestId("signed-in-user")).ToHaveTextAsync("田中 みどり");

        await GotoAsync(invitee, "requests/new");
        await ChooseContractAsync(invitee, ContractName);
        await FillAllButChecklistAsync(invitee);
        await TickChecklistAsync(invitee);
        await PledgeAsync(invitee);
        await invitee.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await Expect(invitee.Locator("[data-status=Submitted]").First).ToBeVisibleAsync();
        await ScreenshotAsync(invitee, "77-invitee-request-submitted");
    }

    [Fact]
    public async Task Disable_PersonWithAnOpenPage_PageLandsOnSignIn()
    {
        // The officer of こども青少年局 has a page open; the administrator disables them, then enables them again.
        var officer = await SignInAsync(Demo.KodomoOfficer);
        await GotoAsync(officer, "reviews");

        var admin = await SignInAsync(Demo.Administrator);
        await GotoAsync(admin, "admin/users");
        await admin.GetByTestId($"toggle-{Demo.KodomoOfficer.Email}").ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "無効にする", Exact = true }).Last.ClickAsync();
        await Expect(admin.Locator("tr", new() { HasText = Demo.KodomoOfficer.Email })).ToContainTextAsync("利用停止");

        await officer.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await ScreenshotAsync(officer, "78-disabled-officer-signed-out");

        await admin.GetByTestId($"toggle-{Demo.KodomoOfficer.Email}").ClickAsync();
        await Expect(admin.Locator("tr", new() { HasText = Demo.KodomoOfficer.Email })).ToContainTextAsync("有効");
    }
}
