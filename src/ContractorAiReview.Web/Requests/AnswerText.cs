using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Changes;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using ContractorAiReview.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Requests;

/// <summary>An answer of the form as the screens show it, in the reader's language (official wording from the guideline).</summary>
public sealed class AnswerText(IStringLocalizer<Strings> l, Guideline guideline, AiServiceCatalogue catalogue)
{
    private readonly OfficialLabels _labels = new(guideline.RequestForm, l);

    public string YesNo(bool? answer, bool unknown = false) =>
        unknown ? l["Answer.Unknown"] : answer switch { true => l["Answer.Yes"], false => l["Answer.No"], _ => l["Answer.NotAnswered"] };

    private string Declared(AiServiceUse service, string question, bool? answer) => YesNo(answer, service.Declaration.IsUnknown(question));

    public string Modalities(AiServiceUse service)
    {
        return string.Join("、", AiModalities.InFormOrder.Where(service.Has)
            .Select(m => m == AiModality.Other ? $"{_labels.Modality(m)}（{service.OtherModality}）" : _labels.Modality(m)));
    }

    public string Provenance(TrainingDataProvenance? provenance) => provenance switch
    {
        TrainingDataProvenance.Curated => guideline.RequestForm.Part1Rows.ProvenanceCurated,
        TrainingDataProvenance.NotCuratedOrUnknown => guideline.RequestForm.Part1Rows.ProvenanceNotCurated,
        _ => l["Answer.NotAnswered"],
    };

    public string CatalogueEntry(string? id) =>
        id is null ? l["Form.Uncatalogued"] : catalogue.FindById(id)?.DisplayName ?? id;

    /// <summary>3 利用者 as the form ticks it: one or both boxes, every subcontractor named.</summary>
    public string User(RequestContent content)
    {
        var ticked = new List<string>();
        if (content.UsedByContractor)
        {
            ticked.Add(_labels.UserContractor);
        }

        if (content.UsedBySubcontractors)
        {
            ticked.Add($"{_labels.UserSubcontractor}（{_labels.Company}：{string.Join("、", content.Subcontractors)}）");
        }

        return ticked.Count == 0 ? l["Answer.NotAnswered"] : string.Join("／", ticked);
    }

    /// <summary>One part of the form (as a difference or a returned item names it).</summary>
    public string Field(FormField field, RequestContent content) => field switch
    {
        FormField.Cover => $"{content.ContractorAddress}／{content.ContractorName}／{content.RepresentativeTitleAndName}",
        FormField.User => User(content),
        FormField.Contact => $"{content.ContactDepartment}　{content.ContactName}　TEL {content.ContactPhone}" +
                             (content.ContactFax is { Length: > 0 } fax ? $"　FAX/TEL {fax}" : ""),
        FormField.Change => $"{content.ChangeDescription}\n{content.ChangeReason}".Trim(),
        _ => FormFields.ValueOf(field, content),
    };

    /// <summary>One aspect of a service.</summary>
    public string Aspect(ServiceAspect aspect, AiServiceUse service) => aspect switch
    {
        ServiceAspect.Modalities => Modalities(service),
        ServiceAspect.ServiceName => service.ServiceName,
        ServiceAspect.Provider => service.Provider,
        ServiceAspect.TermsOfUse => service.TermsOfUse,
        ServiceAspect.Provenance => service.NeedsProvenance ? Provenance(service.Provenance) : "―",
        ServiceAspect.CatalogueEntry => CatalogueEntry(service.Declaration.CatalogueEntryId),
        ServiceAspect.Plan => service.Declaration.Plan ?? l["Answer.NotAnswered"],
        ServiceAspect.OptOut => Declared(service, nameof(ServiceDeclaration.OptOutSet), service.Declaration.OptOutSet),
        ServiceAspect.OutputReachesCitizens => Declared(service, nameof(ServiceDeclaration.OutputReachesCitizensDirectly), service.Declaration.OutputReachesCitizensDirectly),
        ServiceAspect.PersonalInput => Declared(service, nameof(ServiceDeclaration.PersonalOrConfidentialInput), service.Declaration.PersonalOrConfidentialInput),
        ServiceAspect.UsedForAiAnswers => Declared(service, nameof(ServiceDeclaration.UsedForAiAnswers), service.Declaration.UsedForAiAnswers),
        ServiceAspect.SimilarityCheck => Declared(service, nameof(ServiceDeclaration.SimilarityCheckCommitted), service.Declaration.SimilarityCheckCommitted),
        _ => "",
    };
}
