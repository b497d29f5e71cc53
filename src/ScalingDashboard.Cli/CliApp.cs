using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Cli;

/// <summary>
/// The command-line entry: parses the verb and hands off to a command. Writers are parameters so tests can run it in-process.
/// </summary>
internal static class CliApp
{
    /// <summary>The whole help text; the forms are listed from the registry, so a new form appears here by itself.</summary>
    public static string Usage { get; } = UsageHead + FormList();

    private const string UsageHead = """
        scaling-dashboard: scaling-law analysis of LLM benchmark tables

        Usage:
          scaling-dashboard import FILE [--delimiter comma|semicolon|tab]
                                            read a CSV leaderboard; show the detected delimiter, the column
                                            mapping (role, unit), a per-column summary and any warnings
          scaling-dashboard fit --data FILE --x COL --y COL --form ID [--x2 COL] [--qrandom V] [--margin M]
                                [--train-min V] [--holdout-above T | --holdout-where COND]
                                [--bootstrap N --seed S [--family COL]]
                                [--invert Y[,Y...]] [--average COL:QRANDOM,...] [--optimal-at C[,C...]] [--json]
                                            fit a scaling law to two columns (forms below; two-input forms
                                            take the second input with --x2; pass-at-k also takes
                                            --y PREFIX to stack PREFIX1..PREFIXn columns);
                                            train on train-min <= x <= T, validate on x > T; or validate
                                            on the rows where COND holds, e.g. "flops > 6e21 or tpr = 160"
                                            (and, or, not, parentheses; > >= < <= = !=), train on the rest
                                            with x >= train-min; --bootstrap N is 0 (off) or 2 to 100000
                                            resamples; JSON nulls for values that do not exist (NaN);
                                            --invert reads x off the curve for the given scores (with
                                            intervals from --bootstrap); --average fits the mean of
                                            normalised scores (seed 003 Appendix K) as y; --optimal-at
                                            (loss-params-tokens only) gives the compute-optimal N, D,
                                            D/N and loss for each FLOP budget (C = 6ND), up to 50
          scaling-dashboard fit --data FILE --view QUERY [--json]
                                            run exactly the analysis of an Explorer link: QUERY is the part
                                            after '?', e.g. "bench=mmlu&x=flops&forms=sigmoid&t=6e21"
          scaling-dashboard anova|tukey --data FILE --y COL --group COL [--bracket-edges E,E,... --closed left|right]
                                            one-way ANOVA / Tukey HSD of a score across groups (seed 002)
          scaling-dashboard correlate --data FILE [--method pearson|spearman]
                                            correlation matrix of the benchmarks
          scaling-dashboard gam --data FILE --y COL --x COL [--log-y] [--log-x] --random COL [--by COL]
                                            additive mixed model y ~ s(x) + s(random, bs="re") by REML (as mgcv)
                                            (each takes --json, and --view QUERY: a Statistics page link's query)
          scaling-dashboard complete --data FILE [--long] [--method mf|ncf|ncf-factors|factors] [--holdout 0.05]
                                     [--seeds 5] [--latent 10] [--epochs 300] [--lr 0.01] [--l2 0.003] [--seed 0]
                                     [--model-factors COL,...] [--perspective cpp0|cpp2|t0|t2] [--view QUERY] [--json]
                                            predict the missing cells of the models x tasks score matrix (seed 001)
                                            and report held-out MSE, L1, rank accuracy and MAE@2 against the
                                            per-task-mean baseline (complete --help for the details)
          scaling-dashboard help            this text (COMMAND --help: that command's usage)

        Exit codes: 0 success, 1 the file could not be read, imported or fitted, 2 wrong usage, 3 an internal error.

        Forms (--form ID):

        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            return Dispatch(args, stdout, stderr);
        }
#pragma warning disable CA1031 // The last line of defence: a script gets one line and exit 3, never a stack trace.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"Internal error ({e.GetType().Name}: {e.Message}). This is a bug in scaling-dashboard; please report it with the command line that caused it.");
            return 3;
        }
    }

    private static int Dispatch(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            stdout.WriteLine(Usage);
            return args.Count == 0 ? 2 : 0;
        }

        if (args[0] == "import")
        {
            return ImportCommand.Run(args.Skip(1).ToList(), stdout, stderr);
        }

        if (args[0] == "fit")
        {
            return FitCommand.Run(args.Skip(1).ToList(), stdout, stderr);
        }

        if (args[0] is "anova" or "tukey" or "correlate" or "gam")
        {
            return StatisticsCommand.Run(args[0], args.Skip(1).ToList(), stdout, stderr);
        }

        if (args[0] == "complete")
        {
            return CompleteCommand.Run(args.Skip(1).ToList(), stdout, stderr);
        }

        stderr.WriteLine($"Unknown command '{args[0]}'. Run 'scaling-dashboard help' for the list.");
        return 2;
    }

    private static string FormList()
    {
        var lines = FitFormRegistry.Default.All.Select(form => form is ITwoInputFitForm two
            ? $"  {form.Id,-32}{form.Formula}  (--x2: {two.SecondInputDescription})"
            : $"  {form.Id,-32}{form.Formula}");
        return string.Join(Environment.NewLine, lines);
    }
}
