namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// A symmetric correlation matrix over named columns from pairwise complete observations: <c>R[i][j]</c> is the
/// correlation of columns i and j over the rows where both have a value, <c>N[i][j]</c> how many rows that is
/// (on the diagonal, the column's own count). R is NaN where fewer than 3 rows are shared or a column is constant.
/// </summary>
public sealed record CorrelationMatrix(IReadOnlyList<string> Names, double[][] R, int[][] N, CorrelationMethod Method)
{
    /// <summary>One plain sentence per problem (a constant column, too few shared rows); empty when there are none.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
