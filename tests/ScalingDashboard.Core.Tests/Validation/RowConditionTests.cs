using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Tests.Validation;

public class RowConditionTests
{
    /// <summary>Five runs: FLOPs, tokens-per-parameter, a text column and a score with a gap.</summary>
    private static readonly Leaderboard Table = LeaderboardReader.Read("""
        model,flops,tpr,arch,arc_easy|acc_norm
        a,1e19,20,dense,0.40
        b,1e21,20,moe,0.55
        c,7e21,20,dense,0.70
        d,2e21,160,Dense,
        e,9e21,80,moe,0.75
        """).Leaderboard!;

    private static int[] Rows(string text)
    {
        var condition = RowCondition.TryParse(text, Table, out var error);
        Assert.True(condition is not null, error);
        return Enumerable.Range(0, Table.RowCount).Where(condition.Holds).ToArray();
    }

    private static string Error(string text)
    {
        Assert.Null(RowCondition.TryParse(text, Table, out var error));
        return error!;
    }

    [Theory]
    [InlineData("flops > 6e21", new[] { 2, 4 })]
    [InlineData("flops >= 1e21", new[] { 1, 2, 3, 4 })]
    [InlineData("flops<1e21", new[] { 0 })]
    [InlineData("flops <= 1e21", new[] { 0, 1 })]
    [InlineData("tpr = 20", new[] { 0, 1, 2 })]
    [InlineData("tpr == 160", new[] { 3 })]
    [InlineData("tpr != 20", new[] { 3, 4 })]
    [InlineData("flops > 6e21 or tpr = 160", new[] { 2, 3, 4 })] // seed 003's validation rule
    [InlineData("flops > 6e21 and tpr = 20", new[] { 2 })]
    [InlineData("tpr = 20 or tpr = 80 and flops > 8e21", new[] { 0, 1, 2, 4 })] // and binds tighter than or
    [InlineData("(tpr = 20 or tpr = 80) and flops > 8e21", new[] { 4 })]
    [InlineData("not flops > 6e21", new[] { 0, 1, 3 })]
    [InlineData("FLOPS > 1E21 OR NOT (TPR = 20)", new[] { 2, 3, 4 })] // names and keywords ignore case
    public void TryParse_NumericComparisonsAndLogic_SelectTheRows(string text, int[] expected) => Assert.Equal(expected, Rows(text));

    [Theory]
    [InlineData("arch = dense", new[] { 0, 2, 3 })] // text compares ignoring case
    [InlineData("arch != 'dense'", new[] { 1, 4 })]
    [InlineData("arch = \"moe\" and flops > 5e21", new[] { 4 })]
    public void TryParse_TextColumns_TakeEquality(string text, int[] expected) => Assert.Equal(expected, Rows(text));

    [Fact]
    public void TryParse_HeadersWithBars_NeedNoQuotesAndBackticksQuoteAnyHeader()
    {
        Assert.Equal([1, 2, 4], Rows("arc_easy|acc_norm >= 0.5"));
        Assert.Equal([1, 2, 4], Rows("`arc_easy|acc_norm` >= 50%"));
    }

    [Fact]
    public void Evaluate_MissingCell_FailsEveryComparisonSoOnlyNotSelectsIt()
    {
        Assert.DoesNotContain(3, Rows("arc_easy|acc_norm < 1"));
        Assert.DoesNotContain(3, Rows("arc_easy|acc_norm >= 0"));
        Assert.Contains(3, Rows("not arc_easy|acc_norm >= 0"));
    }

    [Fact]
    public void TryParse_Numbers_ReadLikeCells()
    {
        Assert.Equal([2, 4], Rows("flops > 6000000000000000000000"));
        Assert.Equal([3], Rows("tpr > 0.1K")); // 100
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("flop > 1", "No column 'flop'. Columns: model, flops, tpr, arch")]
    [InlineData("flops > lots", "'flops' is numeric, but 'lots' is not a number")]
    [InlineData("arch > dense", "'arch' holds text: compare it with = or !=")]
    [InlineData("flops 1e21", "Expected a comparison")]
    [InlineData("flops >", "Expected a value after 'flops >' at position 8")]
    [InlineData("(flops > 1e21", "The '(' at position 1 is never closed")]
    [InlineData("flops > 1e21)", "Unexpected ')' at position 13")]
    [InlineData("flops > 1e21 or", "ends where a column name was expected")]
    [InlineData("arch = 'dense", "never closed")]
    [InlineData("flops ! 1", "'!' at position 7 must be followed by '='")]
    [InlineData("flops > 1e21 ; drop", "Unexpected ';' at position 14")]
    public void TryParse_Mistakes_GetAMessageSayingWhatAndWhere(string text, string fragment) =>
        Assert.Contains(fragment, Error(text), StringComparison.Ordinal);
}
