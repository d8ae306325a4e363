using System.Text;
using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Accessibility;

namespace ContractorAiReview.BrowserTests.Contracts;

/// <summary>
/// Procurement imports contracts from a Shift_JIS CSV (as Excel saves it) through the page, sees every row's errors
/// before anything is saved, and attaches the specification through the confirmation dialog; the new pages pass axe.
/// </summary>
public sealed class ContractRegisterTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Header = "契約名,区分,契約種別,契約番号,締結年度,所管部署,受注者,契約期間開始日,契約期間終了日";
    private const string Imported = "区政だより編集業務委託";
    private const string LeaseContract = "区民センター会議室の貸付け";

    static ContractRegisterTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static FilePayload ShiftJisCsv(string name, params string[] rows) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = Encoding.GetEncoding(932).GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n"),
    };

    [Fact]
    public async Task ImportThenAttach_ShiftJisCsvAndConfirmationDialog_ContractCarriesTheSpecification()
    {
        var page = await SignInAsync(Demo.Procurement);
        await GotoAsync(page, "contracts/import");

        // A 20 MB file is refused before it is read. MudFileUpload adds a fresh input after each choice: the last one
        // takes the next file.
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "huge.csv", MimeType = "text/csv", Buffer = new byte[20 * 1024 * 1024],
        });
        await Expect(page.GetByTestId("import-file-error")).ToContainTextAsync("ファイルが大きすぎます（上限5MB）");

        await page.Locator("input[type=file]").Last.SetInputFilesAsync(ShiftJisCsv("bad.csv",
            $"{Imported},契約,業務委託・請負,2026-BT-001,令和8年度,市民局区政課,株式会社なにわ情報システム,2026-04-01,2027-03-31",
            "窓口案内翻訳業務委託,契約,業務委託・請負,2026-BT-002,令和8年度,存在しない課,株式会社なにわ情報システム,2026-04-01,2026-03-31"));
        var preview = page.GetByTestId("import-preview");
        await Expect(preview).ToContainTextAsync("存在しない課");
        await Expect(preview).ToContainTextAsync("契約期間終了日:");
        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("Shift_JIS");
        await Expect(page.GetByTestId("import-confirm")).ToBeDisabledAsync();
        await ScreenshotAsync(page, "60-contract-import-errors");
        await AssertNoSeriousViolationsAsync(page, "contract-import-errors");

        await page.Locator("input[type=file]").Last.SetInputFilesAsync(ShiftJisCsv("good.csv",
            $"{Imported},契約,業務委託・請負,2026-BT-001,令和8年度,市民局区政課,株式会社なにわ情報システム,2026-04-01,2027-03-31"));
        await Expect(page.GetByTestId("import-confirm")).ToBeEnabledAsync();
        await page.GetByTestId("import-confirm").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/contracts", StringComparison.Ordinal));

        var row = page.Locator("tr", new() { HasText = Imported });
        await Expect(row).ToContainTextAsync("未添付");
        // The "imported" message is closed so that axe judges the dialog, not a fading message behind its overlay.
        await DismissMessagesAsync(page);
        await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        await row.GetByRole(AriaRole.Button, new() { Name = $"特記仕様書を添付: {Imported}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByTestId("attach-version")).ToContainTextAsync("業務受託事業者等向け生成AI利用ガイドライン 第1.1版");
        await ScreenshotAsync(page, "61-contract-attach-dialog");
        await AssertNoSeriousViolationsAsync(page, "contract-attach-dialog");
        await dialog.GetByTestId("attach-confirm").ClickAsync();
        await Expect(row).ToContainTextAsync("添付済");
        await Expect(row.GetByTestId("specification-link")).ToBeVisibleAsync();

        // The lease is excluded: no button, and the reason instead.
        var lease = page.Locator("tr", new() { HasText = LeaseContract });
        await Expect(lease.GetByTestId("excluded-reason")).ToContainTextAsync("対象外");
        await Expect(lease.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        // axe measures the snackbar's colours once it has faded in, not halfway.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.mud-snackbar')].every(e => getComputedStyle(e).opacity === '1')");
        await ScreenshotAsync(page, "62-contracts");
        await AssertNoSeriousViolationsAsync(page, "contracts");
        await page.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(page, "62-contracts-phone");

        // The attachment is recorded on the contract with who attached it.
        await row.GetByRole(AriaRole.Link, new() { Name = Imported }).ClickAsync();
        await Expect(page.GetByTestId("specification-history")).ToContainTextAsync(Demo.Procurement.DisplayName);
        await ScreenshotAsync(page, "63-contract-edit-phone");
        await page.SetViewportSizeAsync(1280, 900);
        await ScreenshotAsync(page, "63-contract-edit");
        await AssertNoSeriousViolationsAsync(page, "contract-edit");
    }

    [Fact]
    public async Task NewContract_SavedEmpty_RequiredErrorsAtTheFields()
    {
        var page = await SignInAsync(Demo.Procurement);
        await GotoAsync(page, "contracts/new");
        await page.GetByTestId("contract-save").ClickAsync();
        await Expect(page.GetByText("入力してください。").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "64-contract-new-errors");
        await AssertNoSeriousViolationsAsync(page, "contract-new-errors");

        // A number already used this fiscal year: the server's refusal shows at the number.
        await page.GetByTestId("contract-name").FillAsync("区政だより編集業務委託");
        await page.GetByTestId("contract-number").FillAsync("2026-SM-001");
        await PickAsync(page, "所管部署", "区政", "市民局区政課");
        await PickAsync(page, "受注者・指定管理者", "なにわ", "株式会社なにわ情報システム（受注者）");
        await page.GetByTestId("contract-save").ClickAsync();
        await Expect(page.GetByText("契約番号「2026-SM-001」は同じ年度に既に登録されています。").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("contract-number")).ToHaveAttributeAsync("aria-invalid", "true");
        await ScreenshotAsync(page, "64-contract-duplicate-number");
    }

    [Fact]
    public async Task OverviewAndMyContracts_Axe_NoSeriousViolations()
    {
        var procurement = await SignInAsync(Demo.Procurement);
        await GotoAsync(procurement, "contracts/overview");
        await Expect(procurement.GetByTestId("overview").Locator("tbody tr").First).ToBeVisibleAsync();
        await ScreenshotAsync(procurement, "65-contract-overview");
        await AssertNoSeriousViolationsAsync(procurement, "contract-overview");

        // The ready-made filter keeps the contracts with the specification and no request (as the full list shows
        // them; the demo data may have none), and the export follows it.
        var rows = procurement.GetByTestId("overview").Locator("tbody tr");
        var expected = await rows.Filter(new() { HasText = "添付済" }).Filter(new() { HasText = "依頼なし" }).CountAsync();
        await procurement.GetByText("添付済・依頼なし").ClickAsync();
        await Expect(procurement.GetByTestId("export-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("preset=AttachedWithoutRequest"));
        if (expected == 0)
        {
            await Expect(rows).ToHaveTextAsync(["該当する契約はありません。"]);
        }
        else
        {
            await Expect(rows).ToHaveCountAsync(expected);
            await Expect(rows.Filter(new() { HasText = "依頼なし" })).ToHaveCountAsync(expected);
        }

        await ScreenshotAsync(procurement, "65-contract-overview-preset");

        // One department, picked by typing part of its name: only its contracts, and the export follows.
        await procurement.GetByText("添付済・依頼なし").ClickAsync();
        await PickAsync(procurement, "所管部署", "区政", "市民局区政課");
        await Expect(procurement.GetByTestId("export-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("department=[0-9]+"));
        await Expect(rows.First).ToContainTextAsync("市民局区政課");
        await Expect(rows.Filter(new() { HasNotText = "市民局区政課" })).ToHaveCountAsync(0);
        await AssertNoSeriousViolationsAsync(procurement, "contract-overview-department");
        await procurement.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(procurement, "65-contract-overview-phone");

        var contractor = await SignInAsync(Demo.NaniwaContractor);
        await GotoAsync(contractor, "contracts/mine");
        await Expect(contractor.GetByTestId("my-specification-link").First).ToBeVisibleAsync();
        await ScreenshotAsync(contractor, "66-my-contracts");
        await AssertNoSeriousViolationsAsync(contractor, "my-contracts");
        await contractor.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(contractor, "66-my-contracts-phone");
    }
}
