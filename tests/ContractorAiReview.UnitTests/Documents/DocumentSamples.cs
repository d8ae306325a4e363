using ContractorAiReview.Documents;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.UnitTests.Documents;

/// <summary>
/// Realistic models of every document, shared by the tests and (linked) by the benchmarks so both measure the same thing.
/// The guideline is the real one from templates/, never a copy.
/// </summary>
public static class DocumentSamples
{
    private static readonly Lazy<Guideline> LazyGuideline = new(() =>
        GuidelineLibrary.Parse(Path.Combine(RepositoryRoot(), "templates", "osaka-contractor", "1.1", "guideline.json")));

    public static Guideline Guideline => LazyGuideline.Value;

    /// <summary>The folder holding ContractorAiReview.sln, above the binaries (tests, benchmarks) or else above the working directory.</summary>
    public static string RepositoryRoot() =>
        FindUp(AppContext.BaseDirectory) ?? FindUp(Environment.CurrentDirectory)
        ?? throw new InvalidOperationException("ContractorAiReview.sln not found above " + AppContext.BaseDirectory);

    private static string? FindUp(string start)
    {
        var directory = new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContractorAiReview.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }

    public static DocumentStamp Stamp => new("大市総第2026-1234号", "K7Q4-9XPA", "https://ai-review.city.osaka.example/verify/K7Q4-9XPA");

    public static AiServiceUse TextService => new()
    {
        Modalities = AiModality.Text | AiModality.Voice,
        ServiceName = "Azure OpenAI Service（GPT-4o）",
        Provider = "日本マイクロソフト株式会社",
        TermsOfUse = "法人向け従量課金プラン（入力データを学習に利用しない契約）",
    };

    public static AiServiceUse ImageService => new()
    {
        Modalities = AiModality.Image | AiModality.Other,
        OtherModality = "図表の下書き",
        ServiceName = "Adobe Firefly",
        Provider = "アドビ株式会社",
        TermsOfUse = "Adobe Creative Cloud 法人版（チームプラン）",
        Provenance = TrainingDataProvenance.NotCuratedOrUnknown,
    };

    public static RequestContent Content(string? longAnswer = null) => new()
    {
        ContractorAddress = "大阪府大阪市北区中之島一丁目3番20号",
        ContractorName = "株式会社なにわ情報システム",
        RepresentativeTitleAndName = "代表取締役　山田　太郎",
        UsedByContractor = true,
        Subcontractors = ["株式会社さくらデータサービス", "有限会社みなと翻訳"],
        Business = "市民向け講座の運営業務に係る会議録の作成",
        Purpose = "会議の音声記録から議事録案を作成し、職員の確認作業の負担を軽減するため。",
        Method = longAnswer ?? "録音データを文字起こしし、生成AIで要約した議事録案を担当者が加筆・修正のうえで発注者へ提出する。",
        Services = [TextService, ImageService],
        ScopeOfUsers = "業務責任者1名及び業務担当者3名（利用者名簿により管理）",
        SecurityManagement = "情報セキュリティ責任者を置き、月1回利用状況を点検する。",
        UsageLogManagement = "サービスの監査ログを1年間保存し、四半期ごとに確認する。",
        LegalCompliance = "個人情報を入力しない運用を定め、全利用者に研修を実施済み。各サービスの利用規約を確認した。",
        ContactDepartment = "公共事業部",
        ContactName = "鈴木　花子",
        ContactPhone = "06-6208-0000",
        ContactFax = "06-6208-0001",
        TickedChecklistItems = [.. Guideline.ChecklistItems.Select(i => i.Number)],
    };

    public static ConfirmationNoticeModel Notice(DocumentStamp? stamp = null) => new(
        RequestNumber: "AI2026-0007",
        RequestKind: RequestKind.Change,
        AmendedRequestNumber: "AI2026-0003",
        RequestedOn: new DateOnly(2026, 11, 16),
        ContractName: "市民向け講座運営業務委託",
        ContractKind: ContractKind.Contract,
        ContractFiscalYear: 2026,
        ContractorName: "株式会社なにわ情報システム",
        ContractorAddress: "大阪府大阪市北区中之島一丁目3番20号",
        RepresentativeTitleAndName: "代表取締役　山田　太郎",
        DepartmentName: "市民局総務課",
        OfficerName: "田中　一郎",
        ConfirmedOn: new DateOnly(2026, 11, 22),
        Services: [TextService, ImageService],
        // The conditions the web app attaches (DocumentIssuer): the guideline, re-requesting on change, and rule 3 per service.
        Conditions:
        [
            $"「{Guideline.Title}（{Guideline.Version}）」に定められた利用規定を遵守すること。",
            "確認内容に変更等が生じた際は、改めて変更の確認依頼をし、確認を受けること。",
            "「Adobe Firefly」の生成物は、既存著作物との類似性や無許諾での依拠がないことを確認し、成果物として利用する際は事前に発注者の同意を得ること（利用規定3）。",
        ],
        Guideline: Guideline,
        Stamp: stamp);

    public static ConfirmationRequestFormModel RequestForm(string? longAnswer = null, DocumentStamp? stamp = null, RequestContent? content = null) => new(
        RequestNumber: "AI2026-0007",
        RequestKind: RequestKind.New,
        RequestedOn: new DateOnly(2026, 11, 16),
        DepartmentName: "市民局総務課",
        ContractName: "市民向け講座運営業務委託",
        ContractKind: ContractKind.DesignatedManagement,
        ContractFiscalYear: 2026,
        Content: content ?? Content(longAnswer),
        Guideline: Guideline,
        Stamp: stamp);

    public static ReturnNoticeModel Return() => new(
        RequestNumber: "AI2026-0007",
        RequestedOn: new DateOnly(2026, 11, 16),
        ContractName: "市民向け講座運営業務委託",
        ContractKind: ContractKind.Contract,
        ContractFiscalYear: 2026,
        ContractorName: "株式会社なにわ情報システム",
        RepresentativeTitleAndName: "代表取締役　山田　太郎",
        DepartmentName: "市民局総務課",
        OfficerName: "田中　一郎",
        ReturnedOn: new DateOnly(2026, 11, 20),
        Reason: "利用するサービスの利用規約（利用プラン）と、利用ログの管理方法の記載が不足しています。",
        ItemReasons:
        [
            new ItemReason("(2) 生成 AI サービス名称、提供元", "画像生成サービスの利用プラン名と、入力データを学習に利用しない設定の有無を記載してください。"),
            new ItemReason("(4) 利用ログの管理体制", "ログの保存期間と確認の頻度を記載してください。"),
        ],
        ResubmitBy: new DateOnly(2026, 12, 4));

    public static RevocationNoticeModel Revocation(DocumentStamp? stamp = null) => new(
        RequestNumber: "AI2026-0007",
        NoticeNumber: "CN-AI2026-0007",
        ConfirmedOn: new DateOnly(2026, 11, 24),
        ContractName: "市民向け講座運営業務委託",
        ContractKind: ContractKind.Contract,
        ContractFiscalYear: 2026,
        ContractorName: "株式会社なにわ情報システム",
        RepresentativeTitleAndName: "代表取締役　山田　太郎",
        DepartmentName: "市民局総務課",
        OfficerName: "松本　秀樹",
        OfficerTitle: "課長",
        RevokedOn: new DateOnly(2027, 1, 12),
        Reason: "受講者の氏名と連絡先を、入力情報を学習に利用する設定のまま生成AIに入力したことが判明したため（利用規定6・7）。",
        Stamp: stamp);

    public static SpecialSpecificationModel Specification() => new(
        ContractName: "市民向け講座運営業務委託",
        ContractKind: ContractKind.Contract,
        ContractFiscalYear: 2026,
        DepartmentName: "市民局総務課",
        Guideline: Guideline,
        ContractorName: "株式会社なにわ情報システム");

    public static DeliverableConsentModel Consent() => new(
        RequestNumber: "AI2026-0007",
        ContractName: "市民向け講座運営業務委託",
        ContractKind: ContractKind.Contract,
        ContractFiscalYear: 2026,
        ContractorName: "株式会社なにわ情報システム",
        RepresentativeTitleAndName: "代表取締役　山田　太郎",
        Service: ImageService,
        Deliverable: "講座案内チラシ（A4片面）の挿絵3点",
        SimilarityCheck: "画像検索サービスで類似画像を検索し、既存著作物との類似がないことを担当者2名で確認した（確認記録を添付）。",
        Consented: true,
        DecidedOn: new DateOnly(2026, 12, 1),
        DepartmentName: "市民局総務課",
        OfficerName: "田中　一郎",
        Guideline: Guideline,
        Conditions: "チラシに生成AIを利用して作成した旨を記載すること。");

    /// <summary>A long answer of exactly <paramref name="length"/> characters mixing Japanese, punctuation and Latin words.</summary>
    public static string LongAnswer(int length)
    {
        const string unit = "生成AIの出力は担当者が必ず確認し、誤りや偏りがないかを点検する。Microsoft Teams の会議録は2026年度末まで保存する。";
        var builder = new System.Text.StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
