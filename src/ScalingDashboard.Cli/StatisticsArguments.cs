using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Analysis.Statistics;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Cli;

/// <summary>
/// The options of <c>anova</c>, <c>tukey</c>, <c>correlate</c> and <c>gam</c>, turned into the same
/// <see cref="StatisticsSpec"/> a Statistics page link describes (or read from one with <c>--view</c>).
/// Only syntax is checked here; columns are checked against the data by the resolver.
/// </summary>
internal static class StatisticsArguments
{
    private static readonly HashSet<string> ValueOptions =
        ["--data", "--y", "--x", "--group", "--bracket-edges", "--closed", "--method", "--random", "--by", "--confidence", "--view"];

    private static readonly HashSet<string> Flags = ["--json", "--log-y", "--log-x"];

    /// <summary>The data path, the view and whether to print JSON; or a one-line problem (exit code 2).</summary>
    public static (string? Data, StatisticsSpec? Spec, bool Json, string? Problem) Parse(string verb, IReadOnlyList<string> args)
    {
        var (options, problem) = OptionList.Read(args, Flags, ValueOptions.Contains);
        if (options is null)
        {
            return Fail(problem!);
        }

        var (values, flags) = (options.Values, options.Flags);
        if (!values.TryGetValue("--data", out var data))
        {
            return Fail("--data FILE is required.");
        }

        var json = flags.Contains("--json");
        if (values.TryGetValue("--view", out var view))
        {
            var parsed = StatisticsCodec.Parse(view);
            return parsed.Problems.Count > 0 ? Fail(parsed.Problems[0]) : (data, parsed.Value, json, null);
        }

        return Build(verb, values, flags) is var (spec, why) && spec is null ? Fail(why!) : (data, spec, json, null);
    }

    private static (StatisticsSpec? Spec, string? Problem) Build(string verb, IReadOnlyDictionary<string, string> values, IReadOnlySet<string> flags)
    {
        var spec = new StatisticsSpec();
        var y = values.GetValueOrDefault("--y");
        if (verb is "anova" or "tukey" or "gam" && y is null)
        {
            return (null, "--y COL is required.");
        }

        if (verb is "anova" or "tukey")
        {
            if (!values.TryGetValue("--group", out var group))
            {
                return (null, "--group COL is required.");
            }

            var grouping = spec.Grouping with { Column = group };
            if (values.TryGetValue("--bracket-edges", out var edgesText))
            {
                var (edges, problem) = StatisticsCodec.ParseEdges(edgesText);
                if (edges is null)
                {
                    return (null, "--bracket-edges: " + problem);
                }

                grouping = grouping with { Edges = edges };
            }

            if (values.TryGetValue("--closed", out var closed))
            {
                BracketClosure? closure = closed switch { "left" => BracketClosure.Left, "right" => BracketClosure.Right, _ => null };
                if (closure is null)
                {
                    return (null, $"--closed takes left or right, not '{closed}'.");
                }

                grouping = grouping with { Closure = closure.Value };
            }

            spec = spec with { Benchmarks = [y!], Grouping = grouping };
            if (values.TryGetValue("--confidence", out var confidenceText))
            {
                if (!double.TryParse(confidenceText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var confidence)
                    || !StatisticsSpec.ConfidenceRange.Contains(confidence))
                {
                    var range = StatisticsSpec.ConfidenceRange;
                    return (null, $"--confidence takes a number from {range.Min} to {range.Max}.");
                }

                spec = spec with { Confidence = confidence };
            }
        }

        if (verb == "correlate")
        {
            var method = values.GetValueOrDefault("--method", "pearson");
            CorrelationMethod? parsed = method switch { "pearson" => CorrelationMethod.Pearson, "spearman" => CorrelationMethod.Spearman, _ => null };
            if (parsed is null)
            {
                return (null, $"--method takes pearson or spearman, not '{method}'.");
            }

            spec = spec with { Correlation = parsed.Value, Benchmarks = y is null ? [] : ValueList.From(y.Split(',')) };
        }

        if (verb == "gam")
        {
            if (!values.TryGetValue("--x", out var x) || !values.ContainsKey("--random"))
            {
                return (null, "--x COL and --random COL are required.");
            }

            spec = spec with
            {
                Model = new MixedModelSpec
                {
                    Y = y, X = x, LogY = flags.Contains("--log-y"), LogX = flags.Contains("--log-x"),
                    Random = values.GetValueOrDefault("--random"), By = values.GetValueOrDefault("--by"),
                },
            };
        }

        return (spec, null);
    }

    private static (string?, StatisticsSpec?, bool, string?) Fail(string problem) => (null, null, false, problem);
}
