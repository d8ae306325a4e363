using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;
using static ContractorAiReview.BrowserTests.Requests.RequestFormFiller;

namespace ContractorAiReview.BrowserTests.Requests;

/// <summary>
/// 補正 and 変更 in the browser: returned items beside their fields and what the resubmission changed; a change
/// request's differences and the rules they touch, on the officer's screen.
/// </summary>
public sealed class ReturnAndChangeTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string LogItem = "(4) 利用ログの管理体制";
    private const string PurposeItem = "(1) 利用目的";

    [Fact]
    public async Task Return_TwoItems_ContractorSeesThemBesideTheFields_OfficerSeesWhichChanged()
    {
        var contractor = await SignInAsync(Demo.NaniwaContractor);
        var (id, _) = await FileCompleteRequestAsync(contractor, CivicGuidesContract);

        var officer = await SignInAsync(Demo.ShiminOfficer);
        await GotoAsync(officer, $"requests/{id}");
        await officer.GetByTestId("claim").ClickAsync();
        await officer.GetByTestId("return").ClickAsync();
        await officer.GetByTestId("return-reason-input").FillAsync("下記の項目について補正してください。");
        await officer.GetByTestId("add-item-reason").ClickAsync();
        await officer.GetByTestId("add-item-reason").ClickAsync();
        var rows = officer.GetByTestId("item-reason-row");
        // A reason without its item is pointed out, not dropped.
        await rows.Nth(0).GetByTestId("item-reason").FillAsync("保存期間と確認の頻度を記載してください。");
        await officer.GetByTestId("return-send").ClickAsync();
        await Expect(rows.Nth(0)).ToContainTextAsync("対象の項目を選んでください。");
        await ScreenshotAsync(officer, "100-return-item-error", officer.GetByTestId("return-panel"));
        await DismissMessagesAsync(officer);
        await AssertNoSeriousViolationsAsync(officer, "return-items");
        await ChooseItemAsync(officer, rows.Nth(0), LogItem);
        await ChooseItemAsync(officer, rows.Nth(1), PurposeItem);
        await rows.Nth(1).GetByTestId("item-reason").FillAsync("誰のための効率化かを具体的に記載してください。");
        await officer.GetByTestId("return-send").ClickAsync();
        await Expect(officer.GetByTestId("return-reason")).ToContainTextAsync("項目ごとの理由（2件）");

        await GotoAsync(contractor, $"requests/{id}/edit");
        await Expect(contractor.GetByTestId("returned-note")).ToHaveCountAsync(2);
        await Expect(contractor.GetByTestId("returned-items").Locator("a")).ToHaveCountAsync(2);
        await contractor.GetByTestId("returned-items").GetByRole(AriaRole.Link, new() { Name = LogItem }).ClickAsync();
        var logNote = contractor.Locator("[data-testid=returned-note]", new() { HasText = "保存期間と確認の頻度" });
        await Expect(logNote).ToBeInViewportAsync();
        await ScreenshotAsync(contractor, "101-returned-note-beside-field");
        await DismissMessagesAsync(contractor);
        await AssertNoSeriousViolationsAsync(contractor, "returned-form");
        await Field(contractor, "利用ログの管理体制").FillAsync("プロンプトと出力の記録を1年間保存し、毎週確認する");
        await PledgeAsync(contractor);
        await contractor.GetByTestId("submit").ClickAsync();
        await Expect(contractor).ToHaveURLAsync(new Regex(@"/requests/\d+/receipt$"));

        await GotoAsync(officer, $"requests/{id}");
        var followUp = officer.GetByTestId("return-follow-up");
        await Expect(followUp.Locator("[data-testid=returned-item-answer]", new() { HasText = LogItem })).ToHaveAttributeAsync("data-changed", "true");
        await Expect(followUp.Locator("[data-testid=returned-item-answer]", new() { HasText = PurposeItem })).ToHaveAttributeAsync("data-changed", "false");
        await ScreenshotAsync(officer, "102-return-follow-up", followUp);
        await DismissMessagesAsync(officer);
        await AssertNoSeriousViolationsAsync(officer, "return-follow-up");

        await followUp.GetByTestId("follow-up-diff").ClickAsync();
        var diff = officer.GetByTestId("content-diff");
        await Expect(diff.Locator("[data-testid=diff-field]")).ToHaveCountAsync(1);
        await Expect(diff.Locator("[data-field=UsageLogManagement]")).ToContainTextAsync("1年間保存");
        await DismissMessagesAsync(officer);
        await AssertNoSeriousViolationsAsync(officer, "submission-diff");
    }

    [Fact]
    public async Task ChangeRequest_AskedFirst_WhatAndWhy_OfficerReadsTheDifferencesAndRulesTouched()
    {
        var contractor = await SignInAsync(Demo.MioContractor);
        await GotoAsync(contractor, "requests");
        await contractor.Locator("tr", new() { HasText = "多言語観光パンフレット作成業務委託", Has = contractor.Locator("[data-status=Confirmed]") })
            .Locator("a").First.ClickAsync();
        await WaitForInteractiveAsync(contractor);
        await contractor.GetByTestId("file-change").ClickAsync();
        var dialog = contractor.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("今の確認がそのまま有効です");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "下書きを作る" }).ClickAsync();
        await Expect(contractor).ToHaveURLAsync(new Regex(@"/requests/\d+/edit$"));
        var changeId = RequestIdIn(contractor.Url);

        await contractor.GetByTestId("change-description").FillAsync("画像生成サービスを追加し、利用ログの保存期間を延ばす。");
        await contractor.GetByTestId("change-reason").FillAsync("パンフレットの挿絵案も作るため。");
        await Field(contractor, "利用ログの管理体制").FillAsync("利用ログを3年間保存し、毎月確認する");
        var services = contractor.Locator("[data-testid^=service-][data-testid$=-declarations]");
        var added = await services.CountAsync();
        await contractor.GetByRole(AriaRole.Button, new() { Name = "生成AIサービスを追加" }).ClickAsync();
        await Expect(services).ToHaveCountAsync(added + 1);
        await contractor.Locator($"input[data-testid=service-{added}-Image]").CheckAsync();
        await contractor.GetByTestId($"service-{added}-provenance").GetByRole(AriaRole.Radio).First.CheckAsync();
        await ServiceField(contractor, added, "生成 AI サービス名称").FillAsync("Adobe Firefly");
        await ServiceField(contractor, added, "提供元").FillAsync("アドビ株式会社");
        await ServiceField(contractor, added, "利用規約（利用プラン・契約等）").FillAsync("Adobe エンタープライズ契約");
        // The contractor sees the same rules as the officer will, while writing.
        await Expect(contractor.GetByTestId("change-section").Locator("[data-rule='3']")).ToContainTextAsync("Adobe Firefly");
        await Expect(contractor.GetByTestId("change-section").Locator("[data-rule='13']")).ToBeVisibleAsync();
        await TickChecklistAsync(contractor);
        await PledgeAsync(contractor);
        await contractor.GetByTestId("submit").ClickAsync();
        await Expect(contractor).ToHaveURLAsync(new Regex(@"/requests/\d+/receipt$"));

        var officer = await SignInAsync(Demo.KankoOfficer);
        await GotoAsync(officer, $"requests/{changeId}");
        var panel = officer.GetByTestId("change-panel");
        await Expect(panel.GetByTestId("change-description-shown")).ToContainTextAsync("画像生成サービスを追加");
        await Expect(panel.Locator("[data-testid=diff-service][data-kind=Added]")).ToContainTextAsync("Adobe Firefly");
        await Expect(panel.Locator("[data-field=UsageLogManagement]")).ToContainTextAsync("3年間保存");
        await Expect(panel.Locator("[data-rule='3']")).ToBeVisibleAsync();
        await Expect(panel.Locator("[data-rule='13']")).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("amends-link")).ToHaveAttributeAsync("href", new Regex(@"^requests/\d+$"));
        await panel.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(officer, "103-change-diff");
        await DismissMessagesAsync(officer);
        await AssertNoSeriousViolationsAsync(officer, "change-diff");
    }

    private static async Task ChooseItemAsync(IPage page, ILocator row, string item)
    {
        await row.GetByTestId("item-target").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = item, Exact = true }).ClickAsync();
    }
}
