using MudBlazor;

namespace ScalingDashboard.Web.Components.Layout;

/// <summary>The dashboard's colours and fonts. System fonts only: the app runs offline and links no web fonts.</summary>
public static class DashboardTheme
{
    private static readonly string[] FontStack = ["Inter", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5fa8",
            Secondary = "#c2410c",
            AppbarBackground = "#16324f",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6ea8fe",
            Secondary = "#fb923c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
            H6 = new H6Typography { FontFamily = FontStack },
        },
    };
}
