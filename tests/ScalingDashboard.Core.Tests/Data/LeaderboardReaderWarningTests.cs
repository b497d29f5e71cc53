using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.Data;

public class LeaderboardReaderWarningTests
{
    [Fact]
    public void Read_DuplicateModelName_WarnsNamingBothRows()
    {
        var result = Csv.Read("model,mmlu", "a,0.5", "b,0.6", "a,0.7");
        var warning = result.SingleWarning();
        Assert.Equal(ImportSeverity.Warning, warning.Severity);
        Assert.Equal("the model 'a' also appears in row 2.", warning.Message);
        Assert.Equal(4, warning.Row);
        Assert.Equal("model", warning.Column);
        Assert.Equal(["a", "b", "a"], result.Leaderboard!.ModelNames);
    }

    [Fact]
    public void Read_EmptyRow_WarnsAndSkips()
    {
        var result = Csv.Read("model,mmlu", "a,0.5", "", "b,0.6", ",", "c,0.7");
        Assert.True(result.Succeeded);
        var warnings = result.Warnings.ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("The row is empty; it was skipped.", w.Message));
        Assert.Equal([3, 5], warnings.Select(w => w.Row));
        Assert.Equal(["a", "b", "c"], result.Leaderboard!.ModelNames);
    }

    [Fact]
    public void Read_RowNumbersAfterSkippedRow_FollowTheSpreadsheet()
    {
        var result = Csv.Read("model,mmlu", "a,0.5", "", "b,abc", "c,0.7");
        var warnings = result.Warnings.ToList();
        Assert.Equal(4, warnings[1].Row);
    }

    [Fact]
    public void Read_NonNumericCell_WarnsAndLeavesMissing()
    {
        var result = Csv.Read("model,mmlu", "a,0.5", "b,abc", "c,0.7");
        var warning = result.SingleWarning();
        Assert.Equal("'abc' is not a number; the cell is left empty.", warning.Message);
        Assert.Equal(3, warning.Row);
        Assert.Equal("mmlu", warning.Column);
        Assert.Equal("row 3, column 'mmlu': 'abc' is not a number; the cell is left empty.", warning.ToString());
        Assert.Null(result.Leaderboard!.Column("mmlu").Numbers[1]);
    }

    [Fact]
    public void Read_LongNonNumericCell_QuotesTruncatedText()
    {
        var text = new string('x', 100);
        var result = Csv.Read("model,params", "a,7B", $"b,{text}", "c,8B");
        var warning = result.SingleWarning();
        Assert.Equal($"'{new string('x', 40)}…' is not a number; the cell is left empty.", warning.Message);
    }

    [Theory]
    [InlineData("params", "0")]
    [InlineData("tokens", "-5")]
    [InlineData("flops", "0e0")]
    [InlineData("active params", "-1B")]
    public void Read_NonPositiveCount_WarnsAboutLogAxis(string header, string cell)
    {
        var result = Csv.Read($"model,{header}", "a,7", $"b,{cell}");
        var warning = result.SingleWarning();
        Assert.Equal($"'{cell}' is zero or negative, so it cannot go on a log axis.", warning.Message);
        Assert.Equal(3, warning.Row);
        Assert.Equal(header, warning.Column);
        Assert.NotNull(result.Leaderboard!.Column(header).Numbers[1]);
    }

    [Fact]
    public void Read_ScoreAboveOneAfterScaling_Warns()
    {
        var overrides = new Dictionary<string, ColumnRole> { ["elo"] = ColumnRole.Score };
        var result = LeaderboardReader.Read("model,elo\na,0.5\nb,1250\n", new ImportOptions(overrides));
        var warning = result.SingleWarning();
        Assert.Equal("1250 is outside [0, 1] after scaling (fraction, as written).", warning.Message);
        Assert.Equal(3, warning.Row);
        Assert.Equal("elo", warning.Column);
    }

    [Fact]
    public void Read_NegativePercentScore_Warns()
    {
        var result = Csv.Read("model,mmlu", "a,50%", "b,-3%");
        var warning = result.SingleWarning();
        Assert.Equal("-0.03 is outside [0, 1] after scaling (percent, divided by 100).", warning.Message);
    }

    [Fact]
    public void Read_EmptyHeader_NamesItColumnN()
    {
        var result = Csv.Read("model,,mmlu", "a,x,0.5");
        var warning = result.SingleWarning();
        Assert.Equal("column 2 has no header; it is named 'column 2'.", warning.Message);
        Assert.Equal(1, warning.Row);
        Assert.Equal("column 2", warning.Column);
        Assert.NotNull(result.Leaderboard!.FindColumn("column 2"));
    }

    [Fact]
    public void Read_ShortRow_WarnsAndPadsWithMissing()
    {
        var result = Csv.Read("model,mmlu,arc", "a,0.5,0.4", "b,0.6");
        var warning = result.SingleWarning();
        Assert.Equal("The row has 2 fields but the header has 3; the missing cells are left empty.", warning.Message);
        Assert.Equal(3, warning.Row);
        Assert.Null(result.Leaderboard!.Column("arc").Numbers[1]);
    }

    [Fact]
    public void Read_ManyWarningsOfOneKind_ListsTwentyAndCountsTheRest()
    {
        var lines = new List<string> { "model,params" };
        lines.AddRange(Enumerable.Range(0, 30).Select(i => $"m{i},0"));
        var result = Csv.Read([.. lines]);
        var warnings = result.Warnings.ToList();
        Assert.Equal(21, warnings.Count);
        Assert.Equal("10 more warnings like this (not positive) are not listed.", warnings[^1].Message);
        Assert.Equal("params", warnings[^1].Column);
        Assert.Null(warnings[^1].Row);
    }
}
