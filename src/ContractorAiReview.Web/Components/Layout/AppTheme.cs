using MudBlazor;

namespace ContractorAiReview.Web.Components.Layout;

/// <summary>The app's colours and fonts. Colours keep WCAG AA contrast on white; fonts prefer Japanese faces installed locally.</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1a4f8b",
            Secondary = "#5a3e8c",
            AppbarBackground = "#1a4f8b",
            Success = "#1b6e3a",
            Warning = "#8a5300",
            Error = "#b00020",
            Info = "#0b5c8a",
            TextSecondary = "rgba(0,0,0,0.68)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans JP", "IPAexGothic", "Hiragino Sans", "Meiryo", "sans-serif"],
            },
        },
    };
}
