namespace ScalingDashboard.Cli;

/// <summary>
/// The command-line entry: parses the verb and hands off to a command. Writers are parameters so tests can run it in-process.
/// </summary>
internal static class CliApp
{
    public const string Usage = """
        scaling-dashboard: scaling-law analysis of LLM benchmark tables

        Usage:
          scaling-dashboard import FILE     show the detected column mapping and a per-column summary
          scaling-dashboard help            this text
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            stdout.WriteLine(Usage);
            return args.Count == 0 ? 2 : 0;
        }

        stderr.WriteLine($"Unknown command '{args[0]}'. Run 'scaling-dashboard help' for the list.");
        return 2;
    }
}
