using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Plots;

/// <summary>An allocation in words, the same in the calculator and in a hover.</summary>
public static class AllocationText
{
    /// <summary>"N 42.7B parameters, D 3.9T tokens (91.4 tokens per parameter), loss 1.91", on lines.</summary>
    public static string Lines(ComputeAllocation a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return string.Join('\n',
            $"N {PlotNumber.Text(a.Parameters, PlotUnit.Parameters)}",
            $"D {PlotNumber.Text(a.Tokens, PlotUnit.Tokens)} ({PlotNumber.Plain(a.TokensPerParameter)} tokens per parameter)",
            $"predicted loss {PlotNumber.Plain(a.Loss)}");
    }
}
