using ContractorAiReview.Domain.Changes;

namespace ContractorAiReview.Domain.Requests;

public enum ReturnTargetKind
{
    Field = 1,
    Service = 2,
    ChecklistItem = 3,
}

/// <summary>
/// What a return reason points at: a part of the form, one service (named as it was when returned, found again by
/// catalogue entry or name, not position), or one checklist item.
/// </summary>
public sealed record ReturnTarget(ReturnTargetKind Kind, FormField? Field = null, string? ServiceKey = null, string? ServiceName = null, int? ChecklistItem = null)
{
    public static ReturnTarget ForField(FormField field) => new(ReturnTargetKind.Field, Field: field);

    public static ReturnTarget ForService(AiServiceUse service) =>
        new(ReturnTargetKind.Service, ServiceKey: ServiceMatching.KeyOf(service), ServiceName: service.ServiceName.Trim());

    public static ReturnTarget ForChecklistItem(int number) => new(ReturnTargetKind.ChecklistItem, ChecklistItem: number);

    /// <summary>The service of <paramref name="content"/> this target points at, if it is still there.</summary>
    public int? ServiceIndexIn(RequestContent content) =>
        Kind == ReturnTargetKind.Service ? ServiceMatching.IndexOf(ServiceKey!, ServiceName ?? "", content.Services) : null;
}

/// <summary>One reason of a return, attached to what it is about.</summary>
public sealed record ReturnItem(ReturnTarget Target, string Reason);
