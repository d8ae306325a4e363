using System.Text.RegularExpressions;

namespace ContractorAiReview.BrowserTests.Requests;

/// <summary>Fills the request form the way a person does: by its labels, one field at a time.</summary>
public static partial class RequestFormFiller
{
    public const string CivicGuidesContract = "区役所窓口案内資料作成業務委託";

    /// <summary>A demo contract with no request yet, which the request journey files on and confirms (a confirmed use takes no second 新規).</summary>
    public const string FestivalContract = "区民まつり広報物制作業務委託";

    /// <summary>On /requests/new: opens the contract list and picks the contract whose option starts with the name.</summary>
    public static async Task ChooseContractAsync(IPage page, string contractName)
    {
        await page.GetByTestId("contract-select").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^" + Regex.Escape(contractName)) }).ClickAsync();
        await Expect(Field(page, "利用業務")).ToBeVisibleAsync();
    }

    /// <summary>Files a complete request on the contract from a new form, as the contractor does; its id and 到達番号 from the receipt.</summary>
    public static async Task<(string Id, string Number)> FileCompleteRequestAsync(IPage page, string contractName)
    {
        await page.GotoAsync("requests/new");
        await Expect(page.Locator("main[data-interactive=true]")).ToBeVisibleAsync();
        await ChooseContractAsync(page, contractName);
        await FillAllButChecklistAsync(page);
        await TickChecklistAsync(page);
        await PledgeAsync(page);
        await page.GetByTestId("submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/requests/\d+/receipt$"));
        await Expect(page.GetByTestId("receipt-number")).ToHaveTextAsync(new Regex(@"^AI\d{4}-\d{4}$"));
        return (Regex.Match(page.Url, @"/requests/(\d+)/").Groups[1].Value, await page.GetByTestId("receipt-number").InnerTextAsync());
    }

    /// <summary>A field by its official label, as the screen shows it with or without the form's （必須） mark.</summary>
    public static ILocator Field(IPage page, string label) => page.GetByLabel(OfficialLabel(label));

    public static ILocator ServiceField(IPage page, int index, string label) =>
        page.GetByTestId($"service-{index}").GetByLabel(OfficialLabel(label));

    private static Regex OfficialLabel(string label) => new("^" + Regex.Escape(label) + "(（必須）)?$");

    /// <summary>Everything the form asks, with two services: a text service and an image service (curated training data).</summary>
    public static async Task FillAllButChecklistAsync(IPage page)
    {
        await Field(page, "利用業務").FillAsync("区役所窓口の案内資料の原稿作成");
        await Field(page, "利用目的").FillAsync("案内文の下書きと挿絵作成の省力化");
        await Field(page, "利用方法").FillAsync("担当者が生成AIで下書きと挿絵案を作り、全件を確認・修正してから納品する");

        await page.Locator("input[data-testid=service-0-Text]").CheckAsync();
        await ServiceField(page, 0, "生成 AI サービス名称").FillAsync("Azure OpenAI Service");
        await ServiceField(page, 0, "提供元").FillAsync("日本マイクロソフト株式会社");
        await ServiceField(page, 0, "利用規約（利用プラン・契約等）").FillAsync("Microsoft Product Terms（法人契約）");

        await page.GetByRole(AriaRole.Button, new() { Name = "生成AIサービスを追加" }).ClickAsync();
        await page.Locator("input[data-testid=service-1-Image]").CheckAsync();
        // An image service asks where its training data came from (guideline rule 3).
        var provenance = page.GetByTestId("service-1-provenance");
        await Expect(provenance).ToBeVisibleAsync();
        await provenance.GetByRole(AriaRole.Radio).First.CheckAsync();
        await ServiceField(page, 1, "生成 AI サービス名称").FillAsync("Adobe Firefly");
        await ServiceField(page, 1, "提供元").FillAsync("アドビ株式会社");
        await ServiceField(page, 1, "利用規約（利用プラン・契約等）").FillAsync("Adobe エンタープライズ契約");

        await Field(page, "利用者の範囲").FillAsync("本業務の担当者2名");
        await Field(page, "情報セキュリティ管理体制").FillAsync("業務責任者を管理者とし、利用者のアカウントを個別に管理する");
        await Field(page, "利用ログの管理体制").FillAsync("プロンプトと出力の記録を90日間保存し、月次で確認する");
        await Field(page, "実施状況")
            .FillAsync("個人情報及び秘密情報を入力しない運用とし、利用規約を確認済み");
        await Field(page, "部署").FillAsync("公共ソリューション部");
        await Field(page, "電話番号").FillAsync("06-6000-1111");
    }

    /// <summary>Ticks every item of the checklist the form shows (as many as the request's guideline has).</summary>
    public static async Task TickChecklistAsync(IPage page)
    {
        var items = page.Locator("input[data-testid^=checklist-]");
        await Expect(items.First).ToBeVisibleAsync();
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            await items.Nth(i).CheckAsync();
        }
    }

    /// <summary>Ticks the acknowledgement of the pledge (誓約), which every filing and refiling asks for anew.</summary>
    public static async Task PledgeAsync(IPage page)
    {
        var pledge = page.GetByTestId("pledge-acknowledged");
        await pledge.CheckAsync();
        await Expect(pledge).ToBeCheckedAsync();
    }

    /// <summary>The id in /requests/{id} or /requests/{id}/edit.</summary>
    public static int RequestIdIn(string url) =>
        RequestUrl().Match(url) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"No request id in {url}.");

    [GeneratedRegex(@"/requests/(\d+)(/edit)?$")]
    private static partial Regex RequestUrl();
}
