using ScalingDashboard.Core.Analysis.Matrix;

namespace ScalingDashboard.Cli;

/// <summary>
/// The options of <c>complete</c>, turned into the same <see cref="MatrixSpec"/> a Matrix page link describes: each
/// option is the link key it names, read by <see cref="MatrixCodec"/>, so <c>--holdout 0.1</c> and
/// <c>--view "holdout=0.1"</c> are one reading with one set of limits. Columns are checked against the data later.
/// </summary>
internal static class CompleteArguments
{
    private static readonly Dictionary<string, string> KeyOfOption = new(StringComparer.Ordinal)
    {
        ["--method"] = "method", ["--holdout"] = "holdout", ["--seeds"] = "seeds", ["--seed"] = "seed", ["--latent"] = "latent",
        ["--epochs"] = "epochs", ["--lr"] = "lr", ["--l2"] = "l2", ["--model-factors"] = "factors", ["--task-factors"] = "tfactors", ["--tasks"] = "tasks",
        ["--model-column"] = "model", ["--task-column"] = "task", ["--score-column"] = "score", ["--perspective"] = "persp",
        ["--select"] = "select",
    };

    private static readonly HashSet<string> Flags = ["--json", "--long", "--cells"];

    /// <summary>The data path, the view and the output switches; or a one-line problem (exit code 2).</summary>
    public static (string? Data, string? FactorData, string? TaskFactorData, MatrixSpec? Spec, bool Json, bool Cells, string? Problem) Parse(IReadOnlyList<string> args)
    {
        var (options, problem) = OptionList.Read(args, Flags,
            name => name is "--data" or "--view" or "--model-factor-data" or "--task-factor-data" || KeyOfOption.ContainsKey(name));
        if (options is null)
        {
            return Fail(problem!);
        }

        var (values, flags) = (options.Values, options.Flags);
        if (!values.TryGetValue("--data", out var data))
        {
            return Fail("--data FILE is required.");
        }

        var (json, cells) = (flags.Contains("--json"), flags.Contains("--cells"));
        var factorData = values.GetValueOrDefault("--model-factor-data");
        var taskFactorData = values.GetValueOrDefault("--task-factor-data");
        if (values.TryGetValue("--view", out var view))
        {
            var extra = flags.Contains("--long") ? "--long" : values.Keys.FirstOrDefault(KeyOfOption.ContainsKey);
            if (extra is not null)
            {
                return Fail($"--view already describes the whole view; drop {extra} or put it in the query.");
            }

            var parsed = MatrixCodec.Parse(view);
            return parsed.Problems.Count > 0 ? Fail(parsed.Problems[0]) : (data, factorData, taskFactorData, parsed.Value, json, cells, null);
        }

        var query = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (option, value) in values.Where(v => KeyOfOption.ContainsKey(v.Key)))
        {
            var key = KeyOfOption[option];
            // One option at a time, so the message can name the option rather than the link key.
            var single = MatrixCodec.Codec.Parse(new Dictionary<string, string?> { [key] = value });
            if (single.Problems.Count > 0)
            {
                return Fail($"{option}: {single.Problems[0].Replace($"the link's '{key}' value", "the value", StringComparison.Ordinal)}");
            }

            query[key] = value;
        }

        if (flags.Contains("--long"))
        {
            query["form"] = "long";
        }

        return (data, factorData, taskFactorData, MatrixCodec.Codec.Parse(query).Value, json, cells, null);
    }

    private static (string?, string?, string?, MatrixSpec?, bool, bool, string?) Fail(string problem) => (null, null, null, null, false, false, problem);
}
