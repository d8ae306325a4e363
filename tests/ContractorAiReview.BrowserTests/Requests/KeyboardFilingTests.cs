using System.Text.RegularExpressions;
using ContractorAiReview.BrowserTests.Infrastructure;
using static ContractorAiReview.BrowserTests.Infrastructure.Keyboard;
using static ContractorAiReview.BrowserTests.Requests.RequestFormFiller;

namespace ContractorAiReview.BrowserTests.Requests;

/// <summary>Filing a request with the keyboard alone: sign in, open the form, choose, type, tick, submit.</summary>
public sealed class KeyboardFilingTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task FileRequest_KeyboardOnly_SubmitsWithFocusVisibleThroughout()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("account/login");
        await TabToAsync(page, page.Locator("#email"));
        await page.Keyboard.TypeAsync(Demo.NaniwaContractor.Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Demo.NaniwaContractor.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await WaitForInteractiveAsync(page);

        // The menu link to the form.
        var newRequest = page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "確認依頼書の作成" });
        await TabToAsync(page, newRequest);
        await AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/requests/new");

        // The contract list opens and picks with the arrow keys.
        var contract = page.GetByTestId("contract-select");
        await TabToAsync(page, contract);
        await AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        var options = await page.GetByRole(AriaRole.Option).AllInnerTextsAsync();
        var target = options.Select((text, i) => (text, i)).Single(o => o.text.StartsWith(CivicGuidesContract, StringComparison.Ordinal)).i;
        // Open, each ArrowDown moves the choice one option on (MudSelect marks it; the first press chooses the first).
        for (var i = 0; i <= target; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            await Expect(page.GetByRole(AriaRole.Option).Nth(i)).ToHaveClassAsync(new Regex("mud-selected-item"));
        }

        await page.Keyboard.PressAsync("Enter");
        var business = Field(page, "利用業務");
        await Expect(business).ToBeVisibleAsync();

        await TypeIntoAsync(page, business, "区役所窓口の案内資料の原稿作成");
        await AssertFocusVisibleAsync(page);
        await TypeIntoAsync(page, Field(page, "利用目的"), "案内文の下書き作成の省力化");
        await TypeIntoAsync(page, Field(page, "利用方法"), "担当者が下書きを作り、全件を確認・修正する");

        var text = page.Locator("input[data-testid=service-0-Text]");
        await TabToAsync(page, text);
        await AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Space");
        await Expect(text).ToBeCheckedAsync();
        await ScreenshotAsync(page, "50-keyboard-checkbox-focus", text);

        // An image kind brings up the training-data question (the row after (2), as on the form); its radios take Space too.
        var image = page.Locator("input[data-testid=service-0-Image]");
        await TabToAsync(page, image, maxPresses: 3);
        await page.Keyboard.PressAsync("Space");
        await TypeIntoAsync(page, ServiceField(page, 0, "生成 AI サービス名称"), "Azure OpenAI Service");
        await TypeIntoAsync(page, ServiceField(page, 0, "提供元"), "日本マイクロソフト株式会社");
        await TypeIntoAsync(page, ServiceField(page, 0, "利用規約（利用プラン・契約等）"), "Microsoft Product Terms（法人契約）");
        var curated = page.GetByTestId("service-0-provenance").GetByRole(AriaRole.Radio).First;
        await TabToAsync(page, curated);
        await AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Space");
        await Expect(curated).ToBeCheckedAsync();

        await TypeIntoAsync(page, Field(page, "利用者の範囲"), "本業務の担当者2名");
        await TypeIntoAsync(page, Field(page, "情報セキュリティ管理体制"), "業務責任者が利用者のアカウントを管理する");
        await TypeIntoAsync(page, Field(page, "利用ログの管理体制"), "記録を90日間保存し、月次で確認する");
        await TypeIntoAsync(page, Field(page, "実施状況"), "個人情報を入力しない運用とする");

        // Every checklist item, reached with Tab and ticked with Space.
        var items = await page.Locator("input[data-testid^=checklist-]").CountAsync();
        Assert.True(items > 0);
        for (var item = 1; item <= items; item++)
        {
            var box = page.Locator($"input[data-testid=checklist-{item}]");
            await TabToAsync(page, box, maxPresses: 3);
            if (item == 1)
            {
                await AssertFocusVisibleAsync(page);
            }

            await page.Keyboard.PressAsync("Space");
            await Expect(box).ToBeCheckedAsync();
        }

        await TypeIntoAsync(page, Field(page, "部署"), "公共ソリューション部");
        await TypeIntoAsync(page, Field(page, "電話番号"), "06-6000-1111");

        // The pledge, read and acknowledged with Space.
        var pledge = page.GetByTestId("pledge-acknowledged");
        await TabToAsync(page, pledge);
        await page.Keyboard.PressAsync("Space");
        await Expect(pledge).ToBeCheckedAsync();

        var submit = page.GetByTestId("submit");
        await TabToAsync(page, submit);
        await AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        // Filed: the receipt, in place.
        await Expect(page).ToHaveURLAsync(new Regex(@"/requests/\d+/receipt$"));
        await Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Submitted");
        await Expect(page.Locator("h1")).ToContainTextAsync(RequestNumber());
    }

    private static async Task TypeIntoAsync(IPage page, ILocator field, string text)
    {
        await TabToAsync(page, field);
        await page.Keyboard.TypeAsync(text);
        await Expect(field).ToHaveValueAsync(text);
    }

    private static async Task AssertFocusVisibleAsync(IPage page)
    {
        var missing = await MissingFocusIndicatorAsync(page);
        Assert.True(missing is null, missing);
    }
}
