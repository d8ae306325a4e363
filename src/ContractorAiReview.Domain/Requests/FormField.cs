namespace ContractorAiReview.Domain.Requests;

/// <summary>The parts of the official form (outside its services and checklist) a return reason or a difference points at.</summary>
public enum FormField
{
    /// <summary>The cover page: 住所, 商号又は名称, 代表者.</summary>
    Cover = 1,
    /// <summary>3 利用者 (and the subcontractor's name).</summary>
    User = 2,
    Business = 3,
    Purpose = 4,
    Method = 5,
    ScopeOfUsers = 6,
    SecurityManagement = 7,
    UsageLogManagement = 8,
    LegalCompliance = 9,
    /// <summary>連絡先.</summary>
    Contact = 10,
    /// <summary>変更内容 and 変更理由 of a change request.</summary>
    Change = 11,
}

public static class FormFields
{
    /// <summary>In the form's order.</summary>
    public static readonly IReadOnlyList<FormField> InFormOrder = Enum.GetValues<FormField>();

    /// <summary>What the field says in <paramref name="content"/>, as one comparable text (language-neutral).</summary>
    public static string ValueOf(FormField field, RequestContent content) => field switch
    {
        FormField.Cover => Join(content.ContractorAddress, content.ContractorName, content.RepresentativeTitleAndName),
        FormField.User => Join([content.UsedByContractor.ToString(), .. content.Subcontractors]),
        FormField.Business => content.Business,
        FormField.Purpose => content.Purpose,
        FormField.Method => content.Method,
        FormField.ScopeOfUsers => content.ScopeOfUsers,
        FormField.SecurityManagement => content.SecurityManagement,
        FormField.UsageLogManagement => content.UsageLogManagement,
        FormField.LegalCompliance => content.LegalCompliance,
        FormField.Contact => Join(content.ContactDepartment, content.ContactName, content.ContactPhone, content.ContactFax),
        FormField.Change => Join(content.ChangeDescription, content.ChangeReason),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static string Join(params string?[] parts) => string.Join("\u001f", parts.Select(p => (p ?? "").Trim()));
}
