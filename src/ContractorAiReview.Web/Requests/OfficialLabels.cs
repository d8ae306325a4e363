using System.Globalization;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Requests;

/// <summary>
/// The official form's labels as the screen shows them: the guideline version's template wording, the same words the
/// filed PDF prints. Only the paper's layout is dropped (bullets, trailing colons, line breaks, the spacing that spreads
/// 「所 在 地」 across a cell). Where the UI is not Japanese, an English gloss goes beneath as help; the label itself
/// stays the official Japanese.
/// </summary>
public sealed class OfficialLabels(RequestFormText form, IStringLocalizer<Strings> l)
{
    public RequestFormText Form => form;

    public string Address => OnScreen(form.AddressLabel);
    public string Name => OnScreen(form.NameLabel);
    public string Representative => OnScreen(form.RepresentativeLabel);
    public string User => OnScreen(form.ItemUser);
    public string UserContractor => OnScreen(form.UserContractor);
    public string UserSubcontractor => OnScreen(form.UserSubcontractor);
    public string Company => OnScreen(form.Labels.CompanyPrefix);
    public string Part1 => OnScreen(form.Part1Title);
    public string Usage => OnScreen(form.Part1Rows.Usage);
    public string Business => OnScreen(form.Labels.Business);
    public string Purpose => OnScreen(form.Labels.Purpose);
    public string Method => OnScreen(form.Labels.Method);
    public string Services => OnScreen(form.Part1Rows.Services);
    public string ServiceKinds => OnScreen(form.Labels.ServiceKinds);
    public string ServiceName => OnScreen(form.Labels.ServiceName);
    public string Provider => OnScreen(form.Labels.Provider);
    public string TermsOfUse => OnScreen(form.Labels.TermsOfUse);
    public string Provenance => OnScreen(form.Part1Rows.Provenance);
    public string ScopeOfUsers => OnScreen(form.Part1Rows.ScopeOfUsers);
    public string Management => OnScreen(form.Part1Rows.Management);
    public string SecurityManagement => OnScreen(form.Labels.SecurityManagement);
    public string UsageLogManagement => OnScreen(form.Labels.UsageLogManagement);
    public string Legal => OnScreen(form.Part1Rows.Legal);
    public string Part2 => OnScreen(form.Part2Title);
    public string Contact => OnScreen(form.ContactLabel);
    public string ContactDepartment => OnScreen(form.Labels.ContactDepartment);
    public string ContactName => OnScreen(form.Labels.ContactName);
    public string ContactPhone => OnScreen(form.Labels.ContactPhone);
    public string ContactFax => OnScreen(form.Labels.ContactFax);

    /// <summary>A tick box of 利用する生成 AI の種類 (①文章…), with its English gloss where the UI is not Japanese.</summary>
    public string Modality(AiModality modality) =>
        Gloss($"Form.Modality.{modality}") is { } gloss ? $"{form.Labels.Modalities.Of(modality)} ({gloss})" : form.Labels.Modalities.Of(modality);

    /// <summary>The English gloss of a label (key in tools/strings.tsv); none where the UI is Japanese.</summary>
    public string? Gloss(string key) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? null : l[key].Value;

    /// <summary>A label with the 必須 mark, for a field the filing requires.</summary>
    public string Required(string label) => label + l["Form.RequiredMark"].Value;

    /// <summary>A paper label as a screen label: 「・利用業務：」 → 「利用業務」, 「の 所 在 地」 → 「の所在地」.</summary>
    public static string OnScreen(string paper) => FormLabels.Plain(paper);
}
