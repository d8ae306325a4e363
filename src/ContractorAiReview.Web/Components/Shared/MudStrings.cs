using ContractorAiReview.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ContractorAiReview.Web.Components.Shared;

/// <summary>
/// MudBlazor's own words (the date picker's month buttons, pagers, close buttons, file upload) in the UI language, from
/// the same tools/strings.tsv as every other label (keys "Mud." + MudBlazor's key). A key not listed there keeps
/// MudBlazor's English.
/// </summary>
public sealed class MudStrings(IStringLocalizer<Strings> l) : MudLocalizer
{
    public override LocalizedString this[string key] => Translate(key, []);

    public override LocalizedString this[string key, params object[] arguments] => Translate(key, arguments);

    private LocalizedString Translate(string key, object[] arguments)
    {
        var text = l["Mud." + key, arguments];
        return text.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : new LocalizedString(key, text.Value);
    }
}
