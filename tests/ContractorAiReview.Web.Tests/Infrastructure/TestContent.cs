using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>A complete, valid request form; tests change one thing at a time.</summary>
public static class TestContent
{
    /// <summary>The guideline version the app files under (the shipped templates, as the app loads them).</summary>
    public static readonly Guideline Guideline = GuidelineLibrary.LoadFrom(Path.Combine(AppContext.BaseDirectory, "templates")).Current;

    /// <summary>Every item of the guideline's checklist ticked, however many it has.</summary>
    public static RequestContent Complete() => new()
    {
        ContractorAddress = "大阪市北区中之島一丁目3番20号",
        ContractorName = "株式会社なにわ情報システム",
        RepresentativeTitleAndName = "代表取締役　山田 太郎",
        Business = "区民アンケートの自由記述の分類",
        Purpose = "分類作業の省力化",
        Method = "個人情報を除いた記述を分類し、担当者が全件確認する",
        Services =
        [
            new AiServiceUse
            {
                Modalities = AiModality.Text,
                ServiceName = "Azure OpenAI Service",
                Provider = "日本マイクロソフト株式会社",
                TermsOfUse = "法人契約",
            },
        ],
        ScopeOfUsers = "担当者3名",
        SecurityManagement = "業務責任者が管理する",
        UsageLogManagement = "ログを90日保存し月次で確認する",
        LegalCompliance = "個人情報保護法を遵守し入力前に個人情報を除去する",
        ContactDepartment = "公共ソリューション部",
        ContactName = "高橋 健",
        ContactPhone = "06-6000-1111",
        TickedChecklistItems = [.. Guideline.ChecklistItems.Select(i => i.Number)],
        PledgeAcknowledged = true,
    };
}
