using System.Globalization;

namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>What is wrong with t-SNE options for a table of a given size, in words a user can act on.</summary>
internal static class TsneValidation
{
    public static string? Check(int rows, TsneOptions options)
    {
        if (!(options.Perplexity >= 1))
        {
            return Text($"Perplexity {options.Perplexity} is too small: it must be at least 1 (5 to 50 is usual).");
        }

        // Each point needs 3 × perplexity neighbours to calibrate against (the usual rule of the reference code).
        var largest = (rows - 1) / 3.0;
        if (options.Perplexity >= largest)
        {
            return largest <= 1
                ? Text($"t-SNE needs at least 5 rows, but {rows} were given: include more models.")
                : Text($"Perplexity {options.Perplexity} is too large for {rows} rows: it must be below (n − 1) / 3 = {largest:0.##}.");
        }

        if (options.Iterations < 1)
        {
            return Text($"Iterations must be at least 1, not {options.Iterations}.");
        }

        if (!(options.Theta is >= 0 and <= 1))
        {
            return Text($"Theta {options.Theta} is outside [0, 1]: use 0.5 (0 computes the forces exactly).");
        }

        if (options.LearningRate is { } rate && !(rate > 0 && double.IsFinite(rate)))
        {
            return Text($"Learning rate {rate} must be a positive number, or left empty for the automatic one.");
        }

        return null;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
