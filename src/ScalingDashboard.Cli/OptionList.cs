namespace ScalingDashboard.Cli;

/// <summary>
/// A command line of <c>--flag</c>s and <c>--option value</c> pairs, read once for the commands that share that shape
/// (statistics, complete): an unknown option, a missing value or an option given twice is a one-line problem.
/// </summary>
internal sealed record OptionList(IReadOnlyDictionary<string, string> Values, IReadOnlySet<string> Flags)
{
    public static (OptionList? Options, string? Problem) Read(IReadOnlyList<string> args, IReadOnlySet<string> flags, Func<string, bool> takesValue)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (flags.Contains(name))
            {
                given.Add(name);
            }
            else if (!takesValue(name))
            {
                return (null, $"Unknown option '{name}'.");
            }
            else if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return (null, $"Option '{name}' needs a value.");
            }
            else if (!values.TryAdd(name, args[++i]))
            {
                return (null, $"Option '{name}' is given twice.");
            }
        }

        return (new OptionList(values, given), null);
    }
}
