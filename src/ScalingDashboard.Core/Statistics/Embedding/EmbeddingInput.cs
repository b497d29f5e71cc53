namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>The input checks shared by the embeddings: enough complete, rectangular, finite rows.</summary>
internal static class EmbeddingInput
{
    /// <summary>What is wrong with <paramref name="rows"/> for <paramref name="analysis"/>, or null.</summary>
    public static string? Check(double[][] rows, int minimumRows, int minimumColumns, string analysis)
    {
        if (rows.Length < minimumRows)
        {
            return $"{analysis} needs at least {minimumRows} rows, but {rows.Length} were given: include more models.";
        }

        var columns = rows[0]?.Length ?? 0;
        if (columns < minimumColumns)
        {
            return $"{analysis} needs at least {minimumColumns} columns, but {columns} were given: choose more benchmarks.";
        }

        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r] is null || rows[r].Length != columns)
            {
                return $"Row {r + 1} has {rows[r]?.Length ?? 0} values where the first row has {columns}: every row needs one value per column.";
            }

            if (Array.FindIndex(rows[r], v => !double.IsFinite(v)) is var c and >= 0)
            {
                return $"Row {r + 1}, column {c + 1} is not a finite number: drop rows with missing values first.";
            }
        }

        return null;
    }
}
