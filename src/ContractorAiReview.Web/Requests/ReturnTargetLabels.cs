using System.Globalization;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Requests;

/// <summary>How a returned item is named: on screen in the reader's language; on documents in Japanese whatever the officer's.</summary>
public static class ReturnTargetLabels
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");

    public static string Of(ReturnTarget target, IStringLocalizer<Strings> l) => target.Kind switch
    {
        ReturnTargetKind.Field => l[$"ReturnTarget.Field.{target.Field}"],
        ReturnTargetKind.Service => l["ReturnTarget.Service", target.ServiceName ?? ""],
        ReturnTargetKind.ChecklistItem => l["ReturnTarget.Checklist", target.ChecklistItem ?? 0],
        _ => throw new ArgumentOutOfRangeException(nameof(target), target.Kind, null),
    };

    /// <summary>The label in <paramref name="culture"/> (the localizer reads the current UI culture at each call).</summary>
    public static string In(CultureInfo culture, ReturnTarget target, IStringLocalizer<Strings> l)
    {
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return Of(target, l);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>For the 修正依頼 PDF, which is Japanese whatever language the officer reads the app in.</summary>
    public static string InJapanese(ReturnTarget target, IStringLocalizer<Strings> l) => In(Japanese, target, l);

    /// <summary>The HTML id of the note beside the returned field, service or checklist item (the summary links to it).</summary>
    public static string Anchor(ReturnTarget target) => target.Kind switch
    {
        ReturnTargetKind.Field => $"returned-{target.Field}",
        ReturnTargetKind.Service => $"returned-service-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(target.ServiceKey ?? "")))[..12]}",
        ReturnTargetKind.ChecklistItem => $"returned-checklist-{target.ChecklistItem}",
        _ => "returned",
    };
}
