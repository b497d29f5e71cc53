using ScalingDashboard.Core.Reporting;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Exports;

/// <summary>
/// The Explorer's JSON export: the whole analysis on screen, written by the same Core writer as the CLI's
/// <c>fit --view QUERY --json</c>, so the two are byte-identical for the same view and data.
/// </summary>
public static class JsonExport
{
    public static string AnalysisJson(ExplorerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Core.Reporting.AnalysisJson.Write(result.Analysis);
    }
}
