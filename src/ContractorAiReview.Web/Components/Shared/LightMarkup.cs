using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ContractorAiReview.Web.Components.Shared;

/// <summary>
/// MudBlazor's markup for the layout's static parts, without a component each. A component lives as long as its
/// circuit and keeps two render trees; an icon or a link button in the app bar needs neither (docs/benchmarks.md,
/// memory per circuit). The classes are the ones MudIcon renders, so MudBlazor's stylesheet styles them the same.
/// </summary>
public static class LightMarkup
{
    /// <summary>An icon (one of MudBlazor's <c>Icons</c>, SVG content) as MudIcon renders it, hidden from readers.</summary>
    public static RenderFragment Icon(string icon, string? extraClasses = null) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", extraClasses is null ? "mud-icon-root mud-svg-icon mud-icon-size-medium" : "mud-icon-root mud-svg-icon mud-icon-size-medium " + extraClasses);
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddAttribute(5, "role", "img");
        builder.AddMarkupContent(6, icon);
        builder.CloseElement();
    };
}
