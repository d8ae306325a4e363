using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContractorAiReview.Domain.Requests;

/// <summary>
/// What the contractor writes on 確認依頼書 and its attached sheet (裏面). Stored as one document with the
/// request; the form edits a copy of it. Completeness is checked by the form's validator, not here,
/// because a draft may be incomplete.
/// </summary>
public sealed class RequestContent : IJsonOnDeserialized
{
    // Cover page: the contractor as it signs the request (a snapshot; the company record may change later).
    public string ContractorAddress { get; set; } = "";
    public string ContractorName { get; set; } = "";
    public string RepresentativeTitleAndName { get; set; } = "";

    // 変更の確認依頼 only: what changes from the confirmed use, and why (printed on the filed form, shown first to the officer).
    public string? ChangeDescription { get; set; }
    public string? ChangeReason { get; set; }

    // 3 利用者: the form has two tick boxes and both may apply; more than one subcontractor may use AI.
    /// <summary>□受注者又は指定管理者: the contractor (or designated manager) itself uses AI.</summary>
    public bool UsedByContractor { get; set; } = true;

    /// <summary>□再委託又は再々委託等の相手方（社名：…）: each subcontractor that uses AI, by company name. Empty when none does.</summary>
    public List<string> Subcontractors { get; set; } = [];

    /// <summary>Whether the second box (subcontractors) is ticked.</summary>
    [JsonIgnore]
    public bool UsedBySubcontractors => Subcontractors.Count > 0;

    /// <summary>
    /// 誓約: the contractor has read and acknowledged the pledge printed on the form (the three sentences under the
    /// addressee). Required at each filing and cleared when the request comes back to be edited, so every filing
    /// records its own acknowledgement.
    /// </summary>
    public bool PledgeAcknowledged { get; set; }

    // Attached sheet part 1 (1): 利用業務、利用目的、利用方法
    public string Business { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string Method { get; set; } = "";

    // (2) and (3): one entry per AI service.
    public List<AiServiceUse> Services { get; set; } = [new()];

    /// <summary>Sheets attached for part 1 (別紙添付による報告も可), as references to the stored files.</summary>
    public List<AttachmentRef> Attachments { get; set; } = [];

    /// <summary>How many sheets one request may attach.</summary>
    public const int AttachmentLimit = 10;

    // 利用者の範囲
    public string ScopeOfUsers { get; set; } = "";

    // (4) 情報セキュリティ管理体制、利用ログの管理体制
    public string SecurityManagement { get; set; } = "";
    public string UsageLogManagement { get; set; } = "";

    // (5) 情報セキュリティ/個人情報保護法、関係法令や利用規約への理解と対応
    public string LegalCompliance { get; set; } = "";

    // 連絡先
    public string ContactDepartment { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public string? ContactFax { get; set; }

    /// <summary>
    /// The contractor's explanation when the pre-screen finds a blocker it keeps anyway (e.g. a plan the catalogue
    /// lists as consumer terms but that it uses under a business contract). Not part of the official form.
    /// </summary>
    public string? ScreeningJustification { get; set; }

    /// <summary>Numbers of the ticked compliance checklist items (1-13).</summary>
    public List<int> TickedChecklistItems { get; set; } = [];

    public bool IsTicked(int itemNumber) => TickedChecklistItems.Contains(itemNumber);

    public void SetTicked(int itemNumber, bool ticked)
    {
        TickedChecklistItems.Remove(itemNumber);
        if (ticked)
        {
            TickedChecklistItems.Add(itemNumber);
            TickedChecklistItems.Sort();
        }
    }

    /// <summary>Drops answers to questions that no longer apply (a subcontractor name once the user is the contractor, etc.).</summary>
    public void DropInapplicableAnswers()
    {
        Subcontractors = [.. Subcontractors.Select(name => name.Trim()).Where(name => name.Length > 0)];

        foreach (var service in Services)
        {
            if (!service.NeedsProvenance)
            {
                service.Provenance = null;
            }

            if (!service.Has(AiModality.Other))
            {
                service.OtherModality = null;
            }
        }
    }

    // Requests filed before the form had two tick boxes stored one choice (0 contractor, 1 subcontractor) and one
    // company name. Read for old requests and filings, never written.
    [JsonInclude, JsonPropertyName("User"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    private JsonElement? LegacyUser { get; set; }

    [JsonInclude, JsonPropertyName("SubcontractorName"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    private string? LegacySubcontractorName { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (LegacyUser is { } user)
        {
            var bySubcontractor = user.ValueKind == JsonValueKind.Number ? user.GetInt32() == 1 : user.GetString() == "Subcontractor";
            UsedByContractor = !bySubcontractor;
            if (bySubcontractor && !string.IsNullOrWhiteSpace(LegacySubcontractorName))
            {
                Subcontractors = [LegacySubcontractorName.Trim()];
            }
        }

        LegacyUser = null;
        LegacySubcontractorName = null;

        // Stored or imported JSON may carry nulls where the form always has a value: read them as "not answered".
        ContractorAddress ??= "";
        ContractorName ??= "";
        RepresentativeTitleAndName ??= "";
        Subcontractors = [.. (Subcontractors ?? []).OfType<string>()];
        Business ??= "";
        Purpose ??= "";
        Method ??= "";
        Services = [.. (Services ?? []).OfType<AiServiceUse>()];
        if (Services.Count == 0)
        {
            Services.Add(new AiServiceUse());
        }

        ScopeOfUsers ??= "";
        SecurityManagement ??= "";
        UsageLogManagement ??= "";
        LegalCompliance ??= "";
        ContactDepartment ??= "";
        ContactName ??= "";
        ContactPhone ??= "";
        TickedChecklistItems ??= [];
        Attachments = [.. (Attachments ?? []).OfType<AttachmentRef>()];
    }

    public RequestContent Clone() => FromJson(ToJson());

    /// <summary>The stored form of the answers (the database column and the filing snapshot use the same text).</summary>
    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this);

    /// <summary>Reads stored answers, including those written by earlier versions of this class.</summary>
    public static RequestContent FromJson(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<RequestContent>(json) ?? new RequestContent();
}

/// <summary>(2) one generative-AI service: its kinds, name, provider and the terms it is used under.</summary>
public sealed class AiServiceUse : IJsonOnDeserialized
{
    public AiModality Modalities { get; set; } = AiModality.None;
    /// <summary>⑤その他 の内容.</summary>
    public string? OtherModality { get; set; }
    public string ServiceName { get; set; } = "";
    public string Provider { get; set; } = "";
    /// <summary>利用規約（利用プラン・契約等）.</summary>
    public string TermsOfUse { get; set; } = "";
    /// <summary>Asked only when a modality other than text or voice is chosen (see <see cref="NeedsProvenance"/>).</summary>
    public TrainingDataProvenance? Provenance { get; set; }

    /// <summary>The structured answers next to the form (catalogue entry, plan, opt-out, ...) that the pre-screen reads.</summary>
    public Screening.ServiceDeclaration Declaration { get; set; } = Screening.ServiceDeclaration.Unanswered;

    public bool Has(AiModality modality) => (Modalities & modality) == modality;

    /// <summary>
    /// The contractor picks a catalogue entry, another one, or none. What it typed stays, unless the previous pick filled
    /// it in; the answers that described the previous entry (plan, opt-out, its AI answers, the training-data answer of
    /// (2), the similarity check) are cleared, because they were about another service. How the AI is used (output to
    /// citizens, personal data) does not depend on the entry and stays.
    /// </summary>
    public void Pick(Catalogue.AiServiceEntry? entry, Catalogue.AiServiceEntry? previous)
    {
        ServiceName = Refill(ServiceName, previous?.ServiceName, entry?.ServiceName);
        Provider = Refill(Provider, previous?.Provider, entry?.Provider);
        Provenance = null;
        Declaration = new Screening.ServiceDeclaration
        {
            CatalogueEntryId = entry?.Id,
            Plan = entry?.Plan,
            OutputReachesCitizensDirectly = Declaration.OutputReachesCitizensDirectly,
            PersonalOrConfidentialInput = Declaration.PersonalOrConfidentialInput,
        };

        static string Refill(string typed, string? filledBefore, string? offered) =>
            string.IsNullOrWhiteSpace(typed) || typed.Trim() == filledBefore ? offered ?? "" : typed;
    }

    void IJsonOnDeserialized.OnDeserialized()
    {
        ServiceName ??= "";
        Provider ??= "";
        TermsOfUse ??= "";
        Declaration ??= Screening.ServiceDeclaration.Unanswered;
        if (Declaration.AnsweredUnknown is null)
        {
            Declaration = Declaration with { AnsweredUnknown = [] };
        }
    }

    public void Set(AiModality modality, bool on) => Modalities = on ? Modalities | modality : Modalities & ~modality;

    /// <summary>The form's question (3) applies when any modality other than ①文章 ②音声 is chosen.</summary>
    public bool NeedsProvenance => (Modalities & ~(AiModality.Text | AiModality.Voice)) != AiModality.None;
}
