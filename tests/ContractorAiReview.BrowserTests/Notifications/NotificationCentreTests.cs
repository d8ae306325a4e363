using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;
using static ContractorAiReview.BrowserTests.Requests.RequestFormFiller;

namespace ContractorAiReview.BrowserTests.Notifications;

/// <summary>
/// The contractor's open page learns of a return as it happens: the bell's count rises, the notification leads to the
/// reasons. From the bell, the notifications page lists all of them, follows new ones while open, reads one as the bell
/// does, and opens its request.
/// </summary>
public sealed class NotificationCentreTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task OfficerReturnsTheRequest_TheContractorsOpenPageCountsItLive_TheNotificationLeadsToTheReasons()
    {
        const string reason = "利用ログの保存期間と確認の頻度を記載してください。";
        var contractor = await SignInAsync(Demo.NaniwaContractor);
        var (id, number) = await FileCompleteRequestAsync(contractor, CivicGuidesContract);
        var count = contractor.GetByTestId("notification-count");
        var before = int.Parse(await count.GetAttributeAsync("data-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        var officer = await SignInAsync(Demo.ShiminOfficer);
        await GotoAsync(officer, $"requests/{id}");
        await officer.GetByTestId("claim").ClickAsync();
        await officer.GetByTestId("return").ClickAsync();
        await officer.Locator("textarea[data-testid=return-reason-input]").FillAsync(reason);
        await officer.GetByTestId("return-send").ClickAsync();
        await Expect(officer.Locator("[data-status]").First).ToHaveAttributeAsync("data-status", "Returned");

        // The contractor's page was not reloaded.
        await Expect(count).ToHaveAttributeAsync("data-count", (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await contractor.GetByTestId("notification-bell").GetByRole(AriaRole.Button).First.ClickAsync();
        var item = contractor.GetByTestId("notification-item").Filter(new() { HasText = $"{number} の修正依頼" });
        await Expect(item).ToBeVisibleAsync();
        await ScreenshotAsync(contractor, "95-notification-centre");
        await AssertNoSeriousViolationsAsync(contractor, "notification-centre");
        await item.ClickAsync();
        await Expect(contractor).ToHaveURLAsync(new Regex($"/requests/{id}$"));
        await Expect(contractor.GetByTestId("return-reason")).ToContainTextAsync(reason);
        await Expect(count).ToHaveAttributeAsync("data-count", before.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task SeeAll_TheOfficersNotificationsPage_NewestFirst_FollowsNewOnesLive_ReadAsFromTheBell_OpensTheRequest()
    {
        var contractor = await SignInAsync(Demo.NaniwaContractor);
        var (_, number) = await FileCompleteRequestAsync(contractor, CivicGuidesContract);

        var officer = await SignInAsync(Demo.ShiminOfficer);
        var count = officer.GetByTestId("notification-count");
        var before = int.Parse(await count.GetAttributeAsync("data-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await officer.GetByTestId("notification-bell").GetByRole(AriaRole.Button).First.ClickAsync();
        await officer.GetByTestId("notifications-see-all").ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/notifications$"));
        var newest = officer.GetByTestId("notifications-table").Locator("tbody tr").First;
        await Expect(newest).ToContainTextAsync($"新しい確認依頼書 {number} が届きました");
        await ScreenshotAsync(officer, "98-notifications-page");
        await AssertNoSeriousViolationsAsync(officer, "notifications-page");

        // While the page is open, another filing arrives: listed at the top without a reload.
        var (laterId, later) = await FileCompleteRequestAsync(contractor, CivicGuidesContract);
        await Expect(newest).ToContainTextAsync($"新しい確認依頼書 {later} が届きました");
        await Expect(officer.GetByTestId("notifications-table").Locator("tbody tr").Nth(1)).ToContainTextAsync($"新しい確認依頼書 {number} が届きました");

        await newest.GetByTestId("notification-mark-read").ClickAsync();
        await Expect(newest.GetByTestId("notification-state")).ToHaveAttributeAsync("data-read", "true");
        await Expect(count).ToHaveAttributeAsync("data-count", before.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await officer.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(officer, "98-notifications-page-phone");
        await AssertNoSeriousViolationsAsync(officer, "notifications-page-phone");

        await newest.GetByTestId("notification-open").ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex($"/requests/{laterId}$"));
    }
}
