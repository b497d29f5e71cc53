using System.Globalization;
using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Web.Components.Pages.Matrix;

/// <summary>The Matrix page's numbers and plain-words readings (pure, so they are unit-tested).</summary>
public static class MatrixText
{
    /// <summary>
    /// The rank metrics as this page defines them (issue 11; the seed is terse), shown beside the results so nobody
    /// compares numbers computed two ways without knowing.
    /// </summary>
    public const string RankDefinition =
        "Rank of a held-out cell (model i, task j) = 1 + the number of other models with a higher true score on task j; the predicted "
        + "rank uses model i's predicted score with every other model at its true score. Rank accuracy: share of held-out cells whose two "
        + "ranks are equal; MAE@2: share within 2.";

    public static string Score(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    public static string Mse(double value) => double.IsFinite(value) ? value.ToString("0.00e0", CultureInfo.InvariantCulture) : "–";

    public static string Share(double value) => double.IsFinite(value) ? value.ToString("0.0%", CultureInfo.InvariantCulture) : "–";

    /// <summary>"mean ± spread", the spread being the sample standard deviation over splits.</summary>
    public static string WithSpread(string mean, string spread, int splits) => splits > 1 ? $"{mean} ± {spread}" : mean;

    public static string Evaluation(MatrixResult result)
    {
        if (result.Evaluation is not { } e || result.Matrix is not { } matrix)
        {
            return result.Failure ?? "No evaluation.";
        }

        var method = Method(result.Spec.Method);
        var ratio = e.BaselineMean.Mse > 0 ? e.Mean.Mse / e.BaselineMean.Mse : double.NaN;
        var verdict = double.IsFinite(ratio)
            ? ratio < 1
                ? $"{(1 - ratio).ToString("0%", CultureInfo.InvariantCulture)} lower MSE than predicting each task's mean"
                : "no better than predicting each task's mean: try fewer latent factors, more epochs or more L2"
            : "no baseline to compare with";
        return $"{method} on {matrix.ModelCount} models x {matrix.TaskCount} tasks ({Share(matrix.Density)} of cells known), "
            + $"{Share(result.Spec.Holdout)} of known cells held out in each of {e.Splits.Count} split{(e.Splits.Count == 1 ? "" : "s")}: "
            + $"held-out MSE {Mse(e.Mean.Mse)}, {verdict}; the predicted rank is exact for {Share(e.Mean.RankAccuracy)} of held-out cells "
            + $"and within 2 places for {Share(e.Mean.Mae2)}.";
    }

    public static string Method(MatrixMethod method) => method switch
    {
        MatrixMethod.Ncf => "Neural CF",
        MatrixMethod.NcfFactors => "Neural CF with design factors",
        MatrixMethod.FactorsOnly => "Design factors only",
        _ => "Matrix factorisation",
    };

    public static string Shapley(ShapleyOutcome shapley)
    {
        if (shapley.Problem is { } problem)
        {
            return problem;
        }

        if (shapley.Factors.Count == 0)
        {
            return "No design factors.";
        }

        var top = shapley.Factors[0];
        return $"Masking every factor raises the held-out MSE from {Mse(shapley.FullLoss)} to {Mse(shapley.EmptyLoss)}; "
            + $"{top.Name} accounts for the largest share ({Mse(top.Value)} of the {Mse(shapley.EmptyLoss - shapley.FullLoss)}). "
            + "Shapley values by exact enumeration over every subset of factors; they sum to the difference.";
    }
}
