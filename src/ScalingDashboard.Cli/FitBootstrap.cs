using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Cli;

/// <summary>
/// The bootstrap behind `fit --bootstrap N`: resamples the train set (or its families), and gives bands on a grid
/// spanning every x in the file plus an interval at each point, so held-out points can be checked against them.
/// </summary>
/// <param name="Result">The Core result; its band holds the grid first, then one entry per row.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="FamilyColumn">The family column, or null for resampling models.</param>
/// <param name="GridCount">How many leading band entries are the grid.</param>
internal sealed record FitBootstrap(BootstrapResult Result, int Seed, string? FamilyColumn, int GridCount)
{
    /// <summary>Points on the plotting grid.</summary>
    public const int GridPoints = 25;

    public IEnumerable<BootstrapBandPoint> Grid => Result.Band.Take(GridCount);

    /// <summary>The interval at row <paramref name="index"/> of the file.</summary>
    public BootstrapBandPoint AtRow(int index) => Result.Band[GridCount + index];

    public static FitBootstrap Run(
        IFitForm form, FitInput input, HoldoutSplit split, int resamples, int seed, string? familyColumn, IReadOnlyList<double> invertAt)
    {
        var request = input.Request;
        var train = new List<int>();
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var i = 0; i < request.X.Count; i++)
        {
            var x = request.X[i];
            if (split.Assign(i, x) == PointSet.Train)
            {
                train.Add(i);
            }

            if (x > 0 && double.IsFinite(x))
            {
                min = Math.Min(min, x);
                max = Math.Max(max, x);
            }
        }

        // Same rows as the holdout fit: the bootstrap measures the uncertainty of the law that predicts the holdout.
        var trainRequest = request.Subset(train);
        var families = input.Families is null ? null : train.Select(i => input.Families[i]).ToArray();
        // A band along x alone does not exist for a form of two inputs: it gets intervals at the points only.
        var grid = max > min && request.X2 is null ? ThresholdSweep.GeometricGrid(min, max, GridPoints) : [];
        var at2 = request.X2 is null ? null : request.X2.ToArray();
        var options = new BootstrapOptions(resamples, seed, [.. grid, .. request.X], at2, Groups: families, InvertAt: invertAt);
        return new FitBootstrap(Bootstrap.Run(form, trainRequest, options), seed, familyColumn, grid.Count);
    }
}
