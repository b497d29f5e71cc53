using System.Collections.Frozen;

namespace ScalingDashboard.Core.Data;

/// <summary>
/// Header names people use for each role, and words that mark a benchmark score. Keys are normalised: lower case,
/// letters and digits only, so "#Params", "n_params" and "Model Name" compare as "params", "nparams", "modelname".
/// </summary>
internal static class HeaderSynonyms
{
    public static FrozenDictionary<string, ColumnRole> Roles { get; } = new Dictionary<string, ColumnRole>
    {
        ["model"] = ColumnRole.ModelName,
        ["modelname"] = ColumnRole.ModelName,
        ["name"] = ColumnRole.ModelName,
        ["fullname"] = ColumnRole.ModelName,
        ["modelid"] = ColumnRole.ModelName,
        ["family"] = ColumnRole.Family,
        ["architecture"] = ColumnRole.Family,
        ["arch"] = ColumnRole.Family,
        ["modelfamily"] = ColumnRole.Family,
        ["type"] = ColumnRole.TrainingType,
        ["trainingtype"] = ColumnRole.TrainingType,
        ["modeltype"] = ColumnRole.TrainingType,
        ["params"] = ColumnRole.Parameters,
        ["parameters"] = ColumnRole.Parameters,
        ["paramsest"] = ColumnRole.Parameters,
        ["n"] = ColumnRole.Parameters,
        ["size"] = ColumnRole.Parameters,
        ["modelsize"] = ColumnRole.Parameters,
        ["totalparams"] = ColumnRole.Parameters,
        ["totalparameters"] = ColumnRole.Parameters,
        ["nparams"] = ColumnRole.Parameters,
        ["numparams"] = ColumnRole.Parameters,
        ["parametercount"] = ColumnRole.Parameters,
        ["activeparams"] = ColumnRole.ActiveParameters,
        ["activeparameters"] = ColumnRole.ActiveParameters,
        ["activatedparams"] = ColumnRole.ActiveParameters,
        ["activatedparameters"] = ColumnRole.ActiveParameters,
        ["tokens"] = ColumnRole.TrainingTokens,
        ["d"] = ColumnRole.TrainingTokens,
        ["trainingtokens"] = ColumnRole.TrainingTokens,
        ["pretrainingtokens"] = ColumnRole.TrainingTokens,
        ["traintokens"] = ColumnRole.TrainingTokens,
        ["ntokens"] = ColumnRole.TrainingTokens,
        ["data"] = ColumnRole.TrainingTokens,
        ["flops"] = ColumnRole.TrainingFlops,
        ["compute"] = ColumnRole.TrainingFlops,
        ["c"] = ColumnRole.TrainingFlops,
        ["trainingflops"] = ColumnRole.TrainingFlops,
        ["flops6nd"] = ColumnRole.TrainingFlops,
        ["pretrainingcompute"] = ColumnRole.TrainingFlops,
        ["pretrainingflops"] = ColumnRole.TrainingFlops,
        ["trainingcompute"] = ColumnRole.TrainingFlops,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words of a header (split at anything not a letter or digit) that mark a benchmark score.</summary>
    public static FrozenSet<string> ScoreWords { get; } = new[]
    {
        "score", "acc", "accuracy", "pass", "pass1", "passk", "em", "f1", "exact", "bleu", "rouge", "winrate",
        "mmlu", "arc", "hellaswag", "truthfulqa", "winogrande", "gsm8k", "humaneval", "mbpp", "bbh", "math",
        "gpqa", "musr", "ifeval", "drop", "piqa", "boolq", "lambada", "triviaqa", "openbookqa", "siqa", "copa",
        "agieval", "mgsm", "xnli", "race", "sciq", "logiqa", "csqa", "commonsenseqa", "obqa", "wsc", "naturalquestions",
        "bigbench", "arce", "arcc", "xwinograd", "winograd",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A benchmark word, or an n-shot marker ("5-shot", "zero-shot"), which only evaluations carry.</summary>
    public static bool IsScoreWord(string word) =>
        ScoreWords.Contains(word) || (word.EndsWith("shot", StringComparison.Ordinal) && word != "screenshot");

    /// <summary>Words that mark a column as a measurement that is not a score even when its values lie in [0, 1].</summary>
    public static FrozenSet<string> NotScoreWords { get; } = new[]
    {
        "loss", "ppl", "perplexity", "nll", "bpb", "bpc", "lr", "rank", "year", "id", "k", "index", "seed", "epoch",
        "epochs", "step", "steps", "hearts", "likes", "downloads",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Fallback for descriptive headers the table does not list ("Pretraining Data Size", "Parameter Size",
    /// "Total tokens seen"): a role from a word inside the normalised name. Only numeric roles, and only used when
    /// the cells are numbers, so a text column named "token type" stays a label.
    /// </summary>
    public static ColumnRole? ByWordPart(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (normalized.Contains("vocab", StringComparison.Ordinal))
        {
            // "vocab size", "tokenizer vocab": a property of the tokenizer, not of training.
            return null;
        }

        if (normalized.Contains("param", StringComparison.Ordinal))
        {
            return normalized.Contains("activ", StringComparison.Ordinal) ? ColumnRole.ActiveParameters : ColumnRole.Parameters;
        }

        if (normalized.Contains("token", StringComparison.Ordinal) || normalized.Contains("datasize", StringComparison.Ordinal)
            || normalized.Contains("datasetsize", StringComparison.Ordinal))
        {
            return ColumnRole.TrainingTokens;
        }

        if (normalized.Contains("flop", StringComparison.Ordinal) || normalized.Contains("compute", StringComparison.Ordinal))
        {
            return ColumnRole.TrainingFlops;
        }

        return normalized.Contains("modelsize", StringComparison.Ordinal) ? ColumnRole.Parameters : null;
    }

    public static bool IsCountRole(ColumnRole role) => role is ColumnRole.Parameters or ColumnRole.ActiveParameters
        or ColumnRole.TrainingTokens or ColumnRole.TrainingFlops;

    public static bool IsTextRole(ColumnRole role) => !LeaderboardColumn.IsNumericRole(role);
}
