namespace ScalingDashboard.Cli;

/// <summary>
/// The command-line entry: parses the verb and hands off to a command. Writers are parameters so tests can run it in-process.
/// </summary>
internal static class CliApp
{
    public const string Usage = """
        scaling-dashboard: scaling-law analysis of LLM benchmark tables

        Usage:
          scaling-dashboard import FILE [--delimiter comma|semicolon|tab]
                                            read a CSV leaderboard; show the detected delimiter, the column
                                            mapping (role, unit), a per-column summary and any warnings
          scaling-dashboard help            this text

        Exit codes: 0 success, 1 the file could not be read or imported, 2 wrong usage.
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

        if (args[0] == "import")
        {
            return ImportCommand.Run(args.Skip(1).ToList(), stdout, stderr);
        }

        stderr.WriteLine($"Unknown command '{args[0]}'. Run 'scaling-dashboard help' for the list.");
        return 2;
    }
}
