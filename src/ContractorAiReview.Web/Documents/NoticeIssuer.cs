using ContractorAiReview.Documents;
using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Requests;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Documents;

public sealed class DocumentOptions
{
    /// <summary>The address printed on documents for verification, e.g. https://ai-review.city.example.jp.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}

/// <summary>Composes and renders the confirmation notice (確認通知書) of a request being confirmed.</summary>
public sealed class NoticeIssuer(IDocumentRenderer renderer, GuidelineLibrary guidelines, IOptions<DocumentOptions> options)
{
    /// <param name="request">The request, with Contract, its Department and Contractor loaded, already confirmed.</param>
    public IssuedDocument Issue(ConfirmationRequest request, string? amendedRequestNumber, string officerName, string officerUserId, DateTimeOffset nowUtc)
    {
        var contract = request.Contract ?? throw new InvalidOperationException("Load the request's contract first.");
        var department = contract.Department ?? throw new InvalidOperationException("Load the contract's department first.");
        var guideline = guidelines.Get(request.GuidelineVersion);
        var code = IssuedDocument.NewVerificationCode();
        var documentNumber = $"CN-{request.Number}";
        var stamp = new DocumentStamp(documentNumber, code, $"{options.Value.PublicBaseUrl.TrimEnd('/')}/verify/{code}");

        var model = new ConfirmationNoticeModel(
            request.Number,
            request.Kind,
            amendedRequestNumber,
            JapaneseDate.JapanDateOf(request.SubmittedAtUtc ?? request.CreatedAtUtc),
            contract.Name,
            contract.Kind,
            contract.FiscalYear,
            request.Content.ContractorName,
            request.Content.ContractorAddress,
            request.Content.RepresentativeTitleAndName,
            department.Name,
            officerName,
            JapaneseDate.JapanDateOf(nowUtc),
            request.Content.Services,
            ConditionsFor(request.Content, guideline),
            guideline.Title,
            guideline.Version,
            stamp);

        var pdf = renderer.RenderConfirmationNotice(model);
        return IssuedDocument.Issue(
            DocumentKind.ConfirmationNotice, documentNumber, code, request.Id, request.ContractorId, request.DepartmentId,
            officerUserId, nowUtc, pdf);
    }

    /// <summary>The conditions the confirmation carries; rule 3 adds one per image/video service of unknown or uncurated training data.</summary>
    public static IReadOnlyList<string> ConditionsFor(RequestContent content, Guideline guideline)
    {
        var conditions = new List<string>
        {
            $"「{guideline.Title}（{guideline.Version}）」に定められた利用規定を遵守すること。",
            "確認内容に変更等が生じた際は、改めて変更の確認依頼をし、確認を受けること。",
        };
        foreach (var service in content.Services.Where(s => s.Provenance == TrainingDataProvenance.NotCuratedOrUnknown))
        {
            conditions.Add(
                $"「{service.ServiceName}」の生成物は、既存著作物との類似性や無許諾での依拠がないことを確認し、成果物として利用する際は事前に発注者の同意を得ること（利用規定3）。");
        }

        return conditions;
    }
}
