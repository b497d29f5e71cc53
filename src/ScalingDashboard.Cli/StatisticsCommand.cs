using ScalingDashboard.Core.Analysis.Statistics;
using ScalingDashboard.Core.Reporting;

namespace ScalingDashboard.Cli;

/// <summary>
/// <c>anova</c>, <c>tukey</c>, <c>correlate</c> and <c>gam</c>: a thin adapter that turns arguments into a
/// <see cref="StatisticsSpec"/>, runs it through <see cref="StatisticsRunner"/> (the Statistics page's path) and
/// prints the shared JSON or a short text summary.
/// </summary>
internal static class StatisticsCommand
{
    public const string Usage = """
        Usage:
          scaling-dashboard anova --data FILE --y COL --group COL [--bracket-edges 0,1.5,3,7,13,35,80 --closed left|right] [--json]
          scaling-dashboard tukey --data FILE --y COL --group COL [--bracket-edges ... --closed left|right] [--confidence 0.95] [--json]
          scaling-dashboard correlate --data FILE [--y COL,COL,...] [--method pearson|spearman] [--json]
          scaling-dashboard gam --data FILE --y COL --x COL [--log-y] [--log-x] --random COL [--by COL] [--json]
          scaling-dashboard anova|tukey|correlate|gam --data FILE --view QUERY [--json]

        A numeric --group is cut into brackets (default the seed's parameter brackets, in the numbers as the file
        writes them, left-closed [a, b)); rows outside every bracket, with an empty group or without a score are left
        out and counted. gam fits y ~ s(x, bs="cr", k=10) + s(random, bs="re") by REML, as R's mgcv does; --log-y and
        --log-x take natural logs (rows with values <= 0 are left out and counted). --view takes the query part of a
        Statistics page link and runs exactly that view.

        Exit codes: 0 success, 1 the file could not be read or the statistic not computed, 2 wrong usage.
        """;

    public static int Run(string verb, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        var (data, spec, json, problem) = StatisticsArguments.Parse(verb, args);
        if (spec is null || data is null)
        {
            stderr.WriteLine($"{problem} Run 'scaling-dashboard {verb} --help' for the usage.");
            return 2;
        }

        if (FileInput.TryReadLeaderboard(data, stderr) is not { } table)
        {
            return 1;
        }

        var parts = verb switch
        {
            "correlate" => StatisticsParts.Correlation,
            "gam" => StatisticsParts.Model,
            _ => StatisticsParts.Groups,
        };
        var result = StatisticsRunner.Run(table, spec, parts);
        // A script names its columns: one it cannot have is an error, not a quiet fallback (the page falls back and says so).
        if (result.Resolved.Problems.Count > 0)
        {
            foreach (var line in result.Resolved.Problems)
            {
                stderr.WriteLine(line);
            }

            return 1;
        }

        var (text, failure) = verb switch
        {
            "correlate" => Correlation(result),
            "gam" => Model(result),
            _ => Groups(result, verb == "tukey"),
        };
        if (failure is not null)
        {
            stderr.WriteLine(failure);
            return 1;
        }

        stdout.WriteLine(json ? text : StatisticsText.Summary(verb, result));
        return 0;
    }

    private static (string Text, string? Failure) Groups(StatisticsResult result, bool tukey)
    {
        if (result.Groups.Count == 0)
        {
            return ("", "No score column to compare; name one with --y.");
        }

        var comparison = result.Groups[0];
        var grouping = result.Resolved.GroupingDescription;
        var problem = tukey ? comparison.Tukey.Problem : comparison.Anova.Problem;
        return problem is not null && comparison.Anova.Problem is not null
            ? ("", problem)
            : (tukey ? StatisticsJson.Tukey(comparison, grouping) : StatisticsJson.Anova(comparison, grouping), null);
    }

    private static (string Text, string? Failure) Correlation(StatisticsResult result) =>
        result.Correlation is { } matrix && matrix.Names.Count >= 2
            ? (StatisticsJson.Correlation(matrix), null)
            : ("", "Correlations need at least two numeric columns.");

    private static (string Text, string? Failure) Model(StatisticsResult result) =>
        result.Model is not { } model ? ("", "The model needs a numeric --y and --x column.")
        : model.Fit.Problem is { } problem ? ("", problem)
        : (StatisticsJson.MixedModel(model), null);
}
