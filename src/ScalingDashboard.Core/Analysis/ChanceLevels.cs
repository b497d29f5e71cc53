using System.Globalization;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// The one registry of default chance levels, read from a score column's header ("arc_easy|acc_norm" names benchmark
/// and metric; a bare "arc_easy" is read as acc_norm, the metric seed 003 reports for multiple-choice tasks).
/// For acc_norm the seed measured chance (its Table 16), because length-normalised accuracy of a random model is not
/// 1/choices; otherwise chance is 1/choices for multiple-choice tasks, the mean subtask floor for tasks made of
/// subtasks with different choice counts (BBH, MuSR), the published baseline where choices vary per question
/// (TruthfulQA), and 0 for generative ones. Every answer says where it came from, and an unknown name falls back to 0
/// with a note.
/// </summary>
public static class ChanceLevels
{
    /// <summary>The seed's threshold for "weak" runs when estimating chance from data.</summary>
    public const double WeakRunFlops = 1e17;

    private static readonly Dictionary<string, double> SeedAccNorm = new(StringComparer.Ordinal)
    {
        ["arc_easy"] = 0.2918,
        ["arc_challenge"] = 0.2150,
        ["sciq"] = 0.3039,
        ["piqa"] = 0.5286,
        ["hellaswag"] = 0.2518,
    };

    private static readonly Dictionary<string, int> Choices = new(StringComparer.Ordinal)
    {
        ["arc"] = 4, ["arc_easy"] = 4, ["arc_challenge"] = 4, ["sciq"] = 4, ["piqa"] = 2, ["hellaswag"] = 4,
        ["winogrande"] = 2, ["mmlu"] = 4, ["mmlu_pro"] = 10, ["gpqa"] = 4, ["openbookqa"] = 4, ["boolq"] = 2,
        ["copa"] = 2, ["xwinograd"] = 2,
    };

    /// <summary>
    /// Answer choices per subtask of the Open LLM Leaderboard v2's BBH (its 24 multiple-choice subtasks) and MuSR, from
    /// the leaderboard's normalisation (huggingface.co/docs/leaderboards/open_llm_leaderboard/normalization): each
    /// subtask's floor is 1/choices, and the task's raw score is the mean over subtasks, so its floor is the mean floor.
    /// </summary>
    private static readonly Dictionary<string, int[]> SubtaskChoiceCounts = new(StringComparer.Ordinal)
    {
        // boolean_expressions, causal_judgement, date_understanding, disambiguation_qa, formal_fallacies,
        // geometric_shapes, hyperbaton, logical_deduction 5/7/3, movie_recommendation, navigate, object_counting,
        // penguins_in_a_table, reasoning_about_colored_objects, ruin_names, salient_translation_error_detection,
        // snarks, sports_understanding, temporal_sequences, tracking_shuffled_objects 3/5/7, web_of_lies.
        ["bbh"] = [2, 2, 6, 3, 2, 11, 2, 5, 7, 3, 6, 2, 19, 5, 18, 6, 6, 2, 2, 4, 3, 5, 7, 2],

        // murder_mysteries, object_placements, team_allocation.
        ["musr"] = [2, 5, 3],
    };

    /// <summary>
    /// TruthfulQA has no fixed number of choices (MC1 and MC2 questions have 2 to 13 answers), so 1/choices is not one
    /// number; the Open LLM Leaderboard v1's "Baseline" row gives 25 for its TruthfulQA column (MC2), used for MC1 too.
    /// </summary>
    private static readonly Dictionary<string, double> PublishedBaselines = new(StringComparer.Ordinal)
    {
        ["truthfulqa"] = 0.25, ["truthfulqa_mc1"] = 0.25, ["truthfulqa_mc2"] = 0.25, ["truthful_qa"] = 0.25,
    };

    private static readonly HashSet<string> Generative = new(StringComparer.Ordinal)
    {
        "gsm8k", "math", "math_lvl_5", "math_lvl5", "math_hard", "humaneval", "mbpp", "lbpp", "ifeval", "triviaqa", "webqs", "lambada",
        "lambada_openai", "squad", "drop", "nq", "naturalquestions",
    };

    /// <summary>The default for a score column header.</summary>
    public static ChanceLevel Default(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var bar = header.IndexOf('|', StringComparison.Ordinal);
        var benchmark = Normalise(bar < 0 ? header : header[..bar]);
        var metric = bar < 0 ? "acc_norm" : header[(bar + 1)..].Trim().ToLowerInvariant();
        var multipleChoiceMetric = metric.StartsWith("acc", StringComparison.Ordinal) || metric.StartsWith("mc", StringComparison.Ordinal);
        if (metric == "acc_norm" && SeedAccNorm.TryGetValue(benchmark, out var measured))
        {
            return new ChanceLevel(measured, ChanceLevelSource.SeedTable16, "seed 003 Table 16 (acc_norm of runs under 1e17 FLOPs)");
        }

        if (multipleChoiceMetric && Choices.TryGetValue(benchmark, out var choices))
        {
            return new ChanceLevel(1.0 / choices, ChanceLevelSource.Choices, string.Create(CultureInfo.InvariantCulture, $"1/{choices}: {choices} answer choices"));
        }

        if (multipleChoiceMetric && PublishedBaselines.TryGetValue(benchmark, out var baseline))
        {
            return new ChanceLevel(baseline, ChanceLevelSource.PublishedBaseline,
                string.Create(CultureInfo.InvariantCulture, $"{baseline}: the Open LLM Leaderboard v1 baseline row (answer counts vary per question)"));
        }

        if (multipleChoiceMetric && SubtaskChoiceCounts.TryGetValue(benchmark, out var counts))
        {
            return new ChanceLevel(counts.Average(c => 1.0 / c), ChanceLevelSource.SubtaskChoices,
                string.Create(CultureInfo.InvariantCulture, $"mean of 1/choices over its {counts.Length} subtasks (Open LLM Leaderboard v2 normalisation)"));
        }

        if (Generative.Contains(benchmark) || benchmark.Contains("pass@", StringComparison.Ordinal) || metric.StartsWith("pass@", StringComparison.Ordinal) || metric is "em" or "exact_match" or "f1")
        {
            return new ChanceLevel(0, ChanceLevelSource.Generative, "0: generative task");
        }

        return new ChanceLevel(0, ChanceLevelSource.Unknown, "0: not in the chance-level registry; set it if the task is multiple choice");
    }

    /// <summary>A chance level set for the analysis.</summary>
    public static ChanceLevel Set(double value) => new(value, ChanceLevelSource.Set, "set for this analysis");

    /// <summary>
    /// The seed's estimate: the mean score of the runs with x under <see cref="WeakRunFlops"/> (x must be training
    /// FLOPs); null when no run is that small.
    /// </summary>
    public static ChanceLevel? EstimateFromWeakRuns(IReadOnlyList<double> flops, IReadOnlyList<double> score)
    {
        ArgumentNullException.ThrowIfNull(flops);
        ArgumentNullException.ThrowIfNull(score);
        double sum = 0;
        var count = 0;
        for (var i = 0; i < flops.Count; i++)
        {
            if (flops[i] < WeakRunFlops && double.IsFinite(score[i]))
            {
                sum += score[i];
                count++;
            }
        }

        if (count == 0)
        {
            return null;
        }

        // A mean at or above 1 cannot normalise (Q' divides by 1 - Qrandom); such data has no chance floor to find.
        var mean = Math.Clamp(sum / count, 0, 0.999);
        return new ChanceLevel(mean, ChanceLevelSource.EstimatedFromWeakRuns,
            string.Create(CultureInfo.InvariantCulture, $"estimated: mean of the {count} runs under 1e17 FLOPs"));
    }

    /// <summary>"ARC-Easy", "arc easy" and "arc_easy" name one benchmark.</summary>
    private static string Normalise(string name) =>
        name.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
}
