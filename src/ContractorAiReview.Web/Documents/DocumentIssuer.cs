using System.Globalization;
using ContractorAiReview.Documents;
using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Organisations;
using ContractorAiReview.Domain.Requests;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Documents;

public sealed class DocumentOptions
{
    /// <summary>
    /// The address people reach the app at, e.g. https://ai-review.city.example.jp: printed in every verification link
    /// and QR code. Required (checked at start); Development sets it in appsettings.Development.json.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public static bool IsValidBaseUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);

    public const string MissingBaseUrlMessage =
        "Documents:PublicBaseUrl must be the absolute http(s) address people use to reach this app "
        + "(e.g. https://ai-review.city.example.jp): every verification link and QR code on issued documents prints it. "
        + "Set it in appsettings.json or as the environment variable Documents__PublicBaseUrl.";
}

/// <summary>Who signs a document for the department, with the title the route gives their step (担当, 課長, 局長).</summary>
public sealed record Signatory(string UserId, string Name, string Title = Signatory.OfficerTitle)
{
    public const string OfficerTitle = "担当";

    /// <summary>The person deciding at the request's current step, titled as its route names the step.</summary>
    public static Signatory AtCurrentStep(ConfirmationRequest request, string userId, string name) =>
        new(userId, name, request.CurrentRouteStep?.Title ?? OfficerTitle);

    /// <summary>
    /// The person acting for the department outside the route's steps (e.g. revoking a confirmation), titled as the
    /// request's route names the first step their role holds (an approver signs as 課長).
    /// </summary>
    public static Signatory InRole(ConfirmationRequest request, string userId, string name, string role) =>
        new(userId, name, request.Route?.Steps.FirstOrDefault(s => s.Holder.ToString() == role)?.Title ?? OfficerTitle);
}

/// <summary>
/// Composes the official documents from the domain, renders them and wraps each in an <see cref="IssuedDocument"/>
/// with its number and verification code. Previews are the same documents without a number or code.
/// Requests and contracts must come with their Contract, Department and Contractor loaded.
/// </summary>
public sealed class DocumentIssuer(PdfDocumentRenderer renderer, GuidelineLibrary guidelines, IOptions<DocumentOptions> options)
{
    public IssuedDocument IssueNotice(ConfirmationRequest request, string? amendedNumber, Signatory officer, DateTimeOffset nowUtc) =>
        Issue(DocumentKind.ConfirmationNotice, $"CN-{request.Number}", request, officer, nowUtc,
            stamp => renderer.RenderConfirmationNotice(NoticeModel(request, amendedNumber, officer, nowUtc, stamp)));

    public byte[] PreviewNotice(ConfirmationRequest request, string? amendedNumber, Signatory officer, DateTimeOffset nowUtc) =>
        renderer.RenderConfirmationNotice(NoticeModel(request, amendedNumber, officer, nowUtc, stamp: null));

    /// <param name="filing">1 for the first filing, 2 after one return, and so on.</param>
    public IssuedDocument IssueRequestForm(ConfirmationRequest request, int filing, string? amendedNumber, Signatory filer, DateTimeOffset nowUtc) =>
        Issue(DocumentKind.RequestForm, Numbered("RF", request.Number, filing), request, filer, nowUtc,
            stamp => renderer.RenderConfirmationRequestForm(FormModel(request, amendedNumber, JapaneseDate.JapanDateOf(nowUtc), stamp)));

    /// <summary>The form as it would be filed now; a draft has no date yet.</summary>
    public byte[] PreviewRequestForm(ConfirmationRequest request, string? amendedNumber) =>
        renderer.RenderConfirmationRequestForm(FormModel(
            request, amendedNumber, request.SubmittedAtUtc is { } at ? JapaneseDate.JapanDateOf(at) : null, stamp: null));

    public IssuedDocument IssueReturnNotice(
        ConfirmationRequest request, int returnCount, Signatory officer, DateTimeOffset nowUtc,
        string reason, IReadOnlyList<ItemReason> itemReasons, DateOnly? resubmitBy)
    {
        var contract = ContractOf(request);
        return Issue(DocumentKind.ReturnNotice, Numbered("RN", request.Number, returnCount), request, officer, nowUtc,
            stamp => renderer.RenderReturnNotice(new ReturnNoticeModel(
                request.Number,
                JapaneseDate.JapanDateOf(request.SubmittedAtUtc ?? request.CreatedAtUtc),
                contract.Name,
                contract.Kind,
                contract.FiscalYear,
                request.Content.ContractorName,
                request.Content.RepresentativeTitleAndName,
                contract.Department!.Name,
                officer.Name,
                JapaneseDate.JapanDateOf(nowUtc),
                reason,
                itemReasons,
                resubmitBy,
                stamp,
                guidelines.Get(request.GuidelineVersion).Municipality,
                ContactOf(contract.Department),
                officer.Title)));
    }

    /// <summary>確認の取消しについて（通知）: the revocation of the confirmation <paramref name="noticeNumber"/> recorded.</summary>
    public IssuedDocument IssueRevocationNotice(ConfirmationRequest request, string noticeNumber, Signatory officer, DateTimeOffset nowUtc, string reason)
    {
        var contract = ContractOf(request);
        return Issue(DocumentKind.RevocationNotice, $"RV-{request.Number}", request, officer, nowUtc,
            stamp => renderer.RenderRevocationNotice(new RevocationNoticeModel(
                request.Number,
                noticeNumber,
                JapaneseDate.JapanDateOf(request.ConfirmedAtUtc ?? nowUtc),
                contract.Name,
                contract.Kind,
                contract.FiscalYear,
                request.Content.ContractorName,
                request.Content.RepresentativeTitleAndName,
                contract.Department!.Name,
                officer.Name,
                officer.Title,
                JapaneseDate.JapanDateOf(nowUtc),
                reason,
                stamp,
                guidelines.Get(request.GuidelineVersion).Municipality,
                ContactOf(contract.Department))));
    }

    public IssuedDocument IssueSpecification(Contract contract, int revision, Signatory procurement, DateTimeOffset nowUtc)
    {
        var guideline = guidelines.Get(contract.SpecialSpecificationVersion
                                      ?? throw new InvalidOperationException("The contract has no special specification attached."));
        var code = IssuedDocument.NewVerificationCode();
        var number = Numbered("SS", contract.Id.ToString("D4", CultureInfo.InvariantCulture), revision);
        var pdf = renderer.RenderSpecialSpecification(new SpecialSpecificationModel(
            contract.Name, contract.Kind, contract.FiscalYear, contract.Department!.Name, guideline, contract.Contractor?.Name, Stamp(number, code)));
        return IssuedDocument.Issue(
            DocumentKind.SpecialSpecification, number, code, requestId: null, contract.Id, contract.ContractorId, contract.DepartmentId,
            procurement.UserId, nowUtc, pdf);
    }

    public IssuedDocument IssueConsent(
        ConfirmationRequest request, int sequence, AiServiceUse service, string deliverable, string similarityCheck,
        string? conditions, Signatory officer, DateTimeOffset nowUtc)
    {
        var contract = ContractOf(request);
        return Issue(DocumentKind.DeliverableConsent, Numbered("DC", request.Number, sequence), request, officer, nowUtc,
            stamp => renderer.RenderDeliverableConsent(new DeliverableConsentModel(
                request.Number, contract.Name, contract.Kind, contract.FiscalYear, request.Content.ContractorName,
                request.Content.RepresentativeTitleAndName, service, deliverable, similarityCheck, Consented: true,
                JapaneseDate.JapanDateOf(nowUtc), contract.Department!.Name, officer.Name, guidelines.Get(request.GuidelineVersion),
                conditions, stamp, ContactOf(contract.Department))));
    }

    /// <summary>The conditions the confirmation carries; rule 3 adds one per image/video service of unknown or uncurated training data.</summary>
    public static IReadOnlyList<string> ConditionsFor(RequestContent content, Guideline guideline)
    {
        var conditions = new List<string>
        {
            $"「{guideline.Title}（{guideline.Version}）」に定められた利用規定を遵守すること。",
            "確認内容に変更等が生じた際は、改めて変更の確認依頼をし、確認を受けること。",
        };
        foreach (var service in content.Services.Where(DeliverableConsent.IsNeededFor))
        {
            conditions.Add(
                $"「{service.ServiceName}」の生成物は、既存著作物との類似性や無許諾での依拠がないことを確認し、成果物として利用する際は事前に発注者の同意を得ること（利用規定3）。");
        }

        return conditions;
    }

    private ConfirmationNoticeModel NoticeModel(
        ConfirmationRequest request, string? amendedNumber, Signatory officer, DateTimeOffset nowUtc, DocumentStamp? stamp)
    {
        var contract = ContractOf(request);
        var guideline = guidelines.Get(request.GuidelineVersion);
        return new ConfirmationNoticeModel(
            request.Number,
            request.Kind,
            amendedNumber,
            JapaneseDate.JapanDateOf(request.SubmittedAtUtc ?? request.CreatedAtUtc),
            contract.Name,
            contract.Kind,
            contract.FiscalYear,
            request.Content.ContractorName,
            request.Content.ContractorAddress,
            request.Content.RepresentativeTitleAndName,
            contract.Department!.Name,
            officer.Name,
            JapaneseDate.JapanDateOf(nowUtc),
            request.Content.Services,
            ConditionsFor(request.Content, guideline),
            guideline,
            stamp,
            guideline.Municipality,
            ContactOf(contract.Department),
            officer.Title);
    }

    /// <summary>The department's contact for its letters: 電話 and 電子メール as recorded, a line each, or nothing.</summary>
    public static string? ContactOf(Department department)
    {
        var parts = new[] { department.Phone is { Length: > 0 } phone ? $"電話 {phone}" : null, department.Email is { Length: > 0 } email ? $"電子メール {email}" : null }
            .OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    private ConfirmationRequestFormModel FormModel(ConfirmationRequest request, string? amendedNumber, DateOnly? requestedOn, DocumentStamp? stamp)
    {
        var contract = ContractOf(request);
        return new ConfirmationRequestFormModel(
            request.Number, request.Kind, requestedOn, contract.Department!.Name, contract.Name, contract.Kind, contract.FiscalYear,
            request.Content, guidelines.Get(request.GuidelineVersion), amendedNumber, stamp);
    }

    private IssuedDocument Issue(
        DocumentKind kind, string number, ConfirmationRequest request, Signatory by, DateTimeOffset nowUtc, Func<DocumentStamp, byte[]> render)
    {
        var code = IssuedDocument.NewVerificationCode();
        var pdf = render(Stamp(number, code));
        return IssuedDocument.Issue(kind, number, code, request.Id, request.ContractId, request.ContractorId, request.DepartmentId, by.UserId, nowUtc, pdf);
    }

    private DocumentStamp Stamp(string number, string code) =>
        new(number, code, $"{options.Value.PublicBaseUrl!.TrimEnd('/')}/verify/{code}");

    private static string Numbered(string prefix, string subject, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{subject}-{sequence:D2}");

    private static Contract ContractOf(ConfirmationRequest request) =>
        request.Contract is { Department: not null } contract
            ? contract
            : throw new InvalidOperationException("Load the request's contract and its department first.");
}
