using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer;

/// <summary>What the Explorer draws for a state, computed as the page does: the table prepared, the shared runner, bands included.</summary>
internal static class ExplorerResults
{
    public static ExplorerResult Run(Leaderboard table, ExplorerState state) =>
        new(state, AnalysisRunner.Run(AnalysisTable.Prepare(table), state.Analysis));

    public static ExplorerResult Run(Leaderboard table, AnalysisSpec analysis) => Run(table, new ExplorerState { Analysis = analysis });
}
