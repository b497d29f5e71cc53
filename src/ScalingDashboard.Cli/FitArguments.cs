using System.Globalization;

namespace ScalingDashboard.Cli;

/// <summary>The parsed options of <c>fit</c>. Only syntax is checked here; columns and forms are checked against the data.</summary>
internal sealed record FitArguments
{
    public const string Usage =
        "Usage: scaling-dashboard fit --data FILE --x COL [--x2 COL] --y COL --form ID [--qrandom V] [--margin M] "
        + "[--train-min V] [--holdout-above T | --holdout-where COND] [--bootstrap N --seed S [--family COL]] [--invert Y[,Y...]] [--average COL:QRANDOM,...] [--optimal-at C[,C...]] [--json]"
        + " | scaling-dashboard fit --data FILE --view QUERY [--json]";

    /// <summary>The query part of an Explorer link: the whole analysis, instead of the options above.</summary>
    public string? View { get; init; }

    public required string DataPath { get; init; }

    public required string XColumn { get; init; }

    public string? X2Column { get; init; }

    public required string YColumn { get; init; }

    public required string FormId { get; init; }

    /// <summary>The y column's chance level; null takes the chance-level registry's default for its name.</summary>
    public double? QRandom { get; init; }

    public double? Margin { get; init; }

    public double? TrainMin { get; init; }

    public double? HoldoutAbove { get; init; }

    /// <summary>A <see cref="Core.Validation.RowCondition"/> picking the validation rows (instead of --holdout-above).</summary>
    public string? HoldoutWhere { get; init; }

    public int Bootstrap { get; init; }

    /// <summary>Column whose values name model families, resampled whole by the bootstrap.</summary>
    public string? FamilyColumn { get; init; }

    public int Seed { get; init; }

    public bool Json { get; init; }

    /// <summary>Scores to read x off the fitted curve for (seed 000: a closed model's size from its score).</summary>
    public IReadOnlyList<double> Invert { get; init; } = [];

    /// <summary>Compute budgets (FLOPs) to give the compute-optimal N and D for; loss-params-tokens only.</summary>
    public IReadOnlyList<double> OptimalAt { get; init; } = [];

    /// <summary>The most budgets one --optimal-at takes: a table, not a sweep.</summary>
    public const int MaxOptimalBudgets = 50;

    /// <summary>Benchmarks (header, Qrandom) whose Appendix K average becomes y; empty when --y is a column.</summary>
    public IReadOnlyList<(string Header, double QRandom)> Average { get; init; } = [];

    /// <summary>Parses <paramref name="args"/> (after the verb); on failure <paramref name="problem"/> is a one-line message.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out FitArguments? parsed, out string problem)
    {
        parsed = null;
        problem = "";
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--json")
            {
                json = true;
                continue;
            }

            if (!ValueOptions.Contains(name))
            {
                problem = $"Unknown option '{name}'. {Usage}";
                return false;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"Option '{name}' needs a value. {Usage}";
                return false;
            }

            text[name] = args[++i];
        }

        if (text.TryGetValue("--view", out var view))
        {
            var others = text.Keys.Where(k => k is not "--view" and not "--data").ToList();
            if (others.Count > 0 || !text.TryGetValue("--data", out var viewData))
            {
                problem = others.Count > 0
                    ? $"--view describes the whole analysis; drop {string.Join(", ", others)}. {Usage}"
                    : $"Missing --data. {Usage}";
                return false;
            }

            parsed = new FitArguments { DataPath = viewData, View = view, Json = json, XColumn = "", YColumn = "", FormId = "" };
            return true;
        }

        var average = new List<(string, double)>();
        if (text.TryGetValue("--average", out var spec))
        {
            if (text.ContainsKey("--y"))
            {
                problem = $"--average makes y the average of the listed columns; drop --y. {Usage}";
                return false;
            }

            foreach (var item in spec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // The last ':' splits, so headers such as "arc_easy|acc_norm" keep everything before it.
                var colon = item.LastIndexOf(':');
                if (colon <= 0 || !Core.Data.NumberText.TryParse(item[(colon + 1)..], out var chance)
                    || chance is not (>= 0 and < 1))
                {
                    problem = $"--average needs COL:QRANDOM items with 0 <= QRANDOM < 1, separated by commas; got '{item}'.";
                    return false;
                }

                average.Add((item[..colon], chance));
            }

            text["--y"] = Core.Analysis.AnalysisResolver.AverageHeader;
        }

        foreach (var required in (string[])["--data", "--x", "--y", "--form"])
        {
            if (!text.ContainsKey(required))
            {
                problem = $"Missing {required}. {Usage}";
                return false;
            }
        }

        double? qrandom = null, margin = null, trainMin = null, holdout = null, bootstrap = 0, seed = 0;
        if (!TryNumber(text, "--qrandom", ref qrandom, out problem) || !TryNumber(text, "--margin", ref margin, out problem)
            || !TryNumber(text, "--train-min", ref trainMin, out problem) || !TryNumber(text, "--holdout-above", ref holdout, out problem)
            || !TryNumber(text, "--bootstrap", ref bootstrap, out problem) || !TryNumber(text, "--seed", ref seed, out problem))
        {
            return false;
        }

        if (qrandom is { } q && q is not (>= 0 and < 1))
        {
            problem = "--qrandom must lie in [0, 1).";
            return false;
        }

        // One resample gives no interval; 0 is off, so the smallest bootstrap is 2 (as in a link's boot=N).
        var resamples = Core.Analysis.BootstrapSettings.ResamplesRange;
        if (!IsCount(bootstrap!.Value, 0, resamples.Max) || bootstrap == 1
            || !IsCount(seed!.Value, int.MinValue, int.MaxValue))
        {
            problem = $"--bootstrap and --seed must be whole numbers (bootstrap 0 for off, or {resamples.Min} to {resamples.Max}).";
            return false;
        }

        if ((text.ContainsKey("--seed") || text.ContainsKey("--family")) && bootstrap == 0)
        {
            problem = "--seed and --family only apply with --bootstrap N.";
            return false;
        }

        if (text.ContainsKey("--holdout-where") && holdout is not null)
        {
            problem = "Use either --holdout-above T or --holdout-where COND, not both.";
            return false;
        }

        var invert = new List<double>();
        if (text.TryGetValue("--invert", out var scores))
        {
            foreach (var part in scores.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Core.Data.NumberText.TryParse(part, out var y))
                {
                    problem = $"--invert needs finite scores separated by commas; got '{part}'.";
                    return false;
                }

                invert.Add(y);
            }
        }

        var optimal = new List<double>();
        if (text.TryGetValue("--optimal-at", out var budgets))
        {
            if (text["--form"] != Core.Fitting.Forms.LossParamsTokensForm.FormId)
            {
                problem = $"--optimal-at needs --form {Core.Fitting.Forms.LossParamsTokensForm.FormId} (the allocation comes from its loss law); got '{text["--form"]}'.";
                return false;
            }

            foreach (var part in budgets.Split(',', StringSplitOptions.TrimEntries))
            {
                if (!Core.Data.NumberText.TryParse(part, out var c) || !(c > 0 && double.IsFinite(c)))
                {
                    problem = $"--optimal-at needs positive finite FLOP budgets separated by commas, e.g. 1e24,1e25; got '{part}'.";
                    return false;
                }

                optimal.Add(c);
            }

            if (optimal.Count > MaxOptimalBudgets)
            {
                problem = $"--optimal-at takes at most {MaxOptimalBudgets} budgets; got {optimal.Count}.";
                return false;
            }
        }

        parsed = new FitArguments
        {
            DataPath = text["--data"],
            XColumn = text["--x"],
            X2Column = text.GetValueOrDefault("--x2"),
            YColumn = text["--y"],
            FormId = text["--form"],
            QRandom = qrandom,
            Margin = margin,
            TrainMin = trainMin,
            HoldoutAbove = holdout,
            HoldoutWhere = text.GetValueOrDefault("--holdout-where"),
            Bootstrap = (int)bootstrap.Value,
            FamilyColumn = text.GetValueOrDefault("--family"),
            Seed = (int)seed.Value,
            Json = json,
            Invert = invert,
            Average = average,
            OptimalAt = optimal,
        };
        return true;
    }

    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "--data", "--view", "--x", "--x2", "--y", "--form", "--qrandom", "--margin", "--train-min", "--holdout-above", "--holdout-where", "--bootstrap", "--seed", "--family", "--invert", "--average", "--optimal-at",
    };

    private static bool TryNumber(Dictionary<string, string> text, string name, ref double? value, out string problem)
    {
        problem = "";
        if (!text.TryGetValue(name, out var raw))
        {
            return true;
        }

        if (Core.Data.NumberText.TryParse(raw, out var parsed))
        {
            value = parsed;
            return true;
        }

        problem = $"{name} needs a finite number (invariant culture, e.g. 6e21); got '{raw}'.";
        return false;
    }

    private static bool IsCount(double value, double min, double max) => value == Math.Floor(value) && value >= min && value <= max;
}
