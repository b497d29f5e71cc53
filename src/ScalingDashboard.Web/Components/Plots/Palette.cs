namespace ScalingDashboard.Web.Components.Plots;

/// <summary>Colours shared by every page: groups get a qualitative palette (readable on a projector), forms a darker distinct set.</summary>
public static class Palette
{
    private static readonly string[] Groups =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    // Mid-tone so curves read on both the light and the dark theme.
    private static readonly string[] Forms = ["#1e63c4", "#d35400", "#2e9e4f", "#8e44ad", "#8d6e63", "#c2185b"];

    public const string Train = "#1f5fa8";
    public const string Validation = "#e4572e";
    public const string Excluded = "#9e9e9e";
    public const string Threshold = "#444444";

    public static string Group(int index) => Groups[index % Groups.Length];

    public static string Form(int index) => Forms[index % Forms.Length];
}
