namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// Default chance levels. For length-normalised accuracy (acc_norm) the seed measured chance empirically (the mean of
/// ten models under 1e17 FLOPs, seed 003 Table 16; the 4-digit values are Table 11's printing of the same estimates),
/// because acc_norm of a random model is not 1/choices. Otherwise chance is 1 / number of choices, and 0 for
/// generative metrics (exact match, pass@k).
/// </summary>
public static class QRandomDefaults
{
    /// <summary>The seed's threshold for "weak" models when estimating chance from data.</summary>
    public const double SeedWeakModelFlops = 1e17;

    private static readonly Dictionary<string, double> SeedAccNorm = new(StringComparer.OrdinalIgnoreCase)
    {
        ["arc_easy"] = 0.2918,
        ["arc_challenge"] = 0.2150,
        ["sciq"] = 0.3039,
        ["piqa"] = 0.5286,
        ["hellaswag"] = 0.2518,
    };

    private static readonly Dictionary<string, int> Choices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["arc_easy"] = 4, ["arc_challenge"] = 4, ["sciq"] = 4, ["piqa"] = 2, ["hellaswag"] = 4, ["winogrande"] = 2,
        ["mmlu"] = 4, ["openbookqa"] = 4, ["boolq"] = 2, ["copa"] = 2, ["xwinograd"] = 2,
    };

    /// <summary>1 / choices: the expected accuracy of uniform guessing.</summary>
    public static double FromChoices(int choices)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(choices, 1);
        return 1.0 / choices;
    }

    /// <summary>
    /// The default chance level for a benchmark and metric (e.g. "hellaswag", "acc_norm"): the seed's estimate for
    /// acc_norm tasks it measured, 1/choices for known multiple-choice tasks, 0 otherwise (generative metrics).
    /// </summary>
    public static double For(string benchmark, string metric)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(metric);
        if (string.Equals(metric, "acc_norm", StringComparison.OrdinalIgnoreCase) && SeedAccNorm.TryGetValue(benchmark, out var measured))
        {
            return measured;
        }

        return (metric.StartsWith("acc", StringComparison.OrdinalIgnoreCase) && Choices.TryGetValue(benchmark, out var n)) ? FromChoices(n) : 0;
    }

    /// <summary>The seed's estimate from data: mean score of models below <paramref name="maxX"/> (e.g. 1e17 FLOPs); null if none.</summary>
    public static double? EstimateFromWeakModels(IReadOnlyList<double> x, IReadOnlyList<double> score, double maxX = SeedWeakModelFlops)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(score);
        double sum = 0;
        var count = 0;
        for (var i = 0; i < x.Count; i++)
        {
            if (x[i] < maxX && double.IsFinite(score[i]))
            {
                sum += score[i];
                count++;
            }
        }

        return count > 0 ? sum / count : null;
    }
}
