using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.Data;

public class LeaderboardReaderValueTests
{
    [Theory]
    [InlineData("7B", 7e9)]
    [InlineData("7b", 7e9)]
    [InlineData("1.2T", 1.2e12)]
    [InlineData("350M", 350e6)]
    [InlineData("13k", 13e3)]
    [InlineData("13K", 13e3)]
    [InlineData("6e21", 6e21)]
    [InlineData("3.77e+22", 3.77e22)]
    [InlineData("7000000000", 7e9)]
    [InlineData(" 7B ", 7e9)]
    [InlineData("0.35B", 0.35e9)]
    public void Read_CountCellFormat_StoresRawCount(string cell, double expected)
    {
        var column = Csv.ReadOk("model,params", $"a,{cell}", "b,1").Column("params");
        Assert.Equal(expected, column.Numbers[0]);
    }

    [Theory]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("NA")]
    [InlineData("N/A")]
    [InlineData("nan")]
    [InlineData("NaN")]
    [InlineData("")]
    [InlineData("   ")]
    public void Read_MissingMarker_IsMissingWithoutWarning(string cell)
    {
        var result = Csv.Read("model,params", $"a,{cell}", "b,7B");
        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        Assert.Null(result.Leaderboard!.Column("params").Numbers[0]);
    }

    [Fact]
    public void Read_ThousandsSeparatorInSemicolonFile_ReadsNumber()
    {
        var column = Csv.ReadOk("model;tokens", "a;1,024", "b;12,345,678.5").Column("tokens");
        Assert.Equal([1024, 12345678.5], column.Numbers.Select(n => n!.Value));
    }

    [Fact]
    public void Read_DecimalCommaInSemicolonFile_ReadsColumnWithDecimalCommas()
    {
        var result = Csv.Read("model;mmlu;tokens", "a;0,54;1,024", "b;0,6;2", "c;-;3");
        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        var mmlu = result.Leaderboard!.Column("mmlu");
        Assert.Equal([0.54, 0.6, null], mmlu.Numbers);
        Assert.Equal("fraction, as written; decimal commas", mmlu.Unit.Description);

        // Decided per column: nothing in "tokens" needs a decimal comma, so "1,024" groups thousands there.
        var tokens = result.Leaderboard!.Column("tokens");
        Assert.Equal([1024, 2, 3], tokens.Numbers);
        Assert.Equal("as written", tokens.Unit.Description);
    }

    [Fact]
    public void Read_DecimalCommaColumn_ReadsThousandsDots()
    {
        var column = Csv.ReadOk("model;loss", "a;1.234,5", "b;0,25").Column("loss");
        Assert.Equal([1234.5, 0.25], column.Numbers.Select(n => n!.Value));
    }

    [Fact]
    public void Read_TextWithCommaInSemicolonFile_DoesNotSwitchToDecimalComma()
    {
        var result = Csv.Read("model;tokens", "a;1,024", "b;Llama, chat", "c;2,048", "d;3");
        Assert.Equal([1024, null, 2048, 3], result.Leaderboard!.Column("tokens").Numbers);
        Assert.Equal("'Llama, chat' is not a number; the cell is left empty.", result.SingleWarning().Message);
    }

    [Fact]
    public void Read_DecimalCommaInCommaFile_IsNotANumber()
    {
        var result = Csv.Read("model,tokens", "a,\"0,54\"", "b,100", "c,200");
        var warning = result.SingleWarning();
        Assert.Equal("'0,54' is not a number; the cell is left empty.", warning.Message);
        Assert.Equal(2, warning.Row);
        Assert.Null(result.Leaderboard!.Column("tokens").Numbers[0]);
    }

    [Fact]
    public void Read_HeaderUnitAndPlainCell_MultipliesByHeaderUnit()
    {
        var column = Csv.ReadOk("model,#Params (B)", "a,7", "b,0.35").Column("#Params (B)");
        Assert.Equal([7e9, 0.35e9], column.Numbers.Select(n => n!.Value));
    }

    [Fact]
    public void Read_HeaderUnitAndSuffixedCell_SuffixWins()
    {
        var column = Csv.ReadOk("model,params (B)", "a,7", "b,350M").Column("params (B)");
        Assert.Equal([7e9, 350e6], column.Numbers.Select(n => n!.Value));
        Assert.Equal(1e9, column.Unit.Multiplier);
        Assert.Equal("billions (header '(B)'); suffixes M in cells applied where present", column.Unit.Description);
    }

    [Fact]
    public void Read_SuffixInCells_DescribesSuffix()
    {
        var column = Csv.ReadOk("model,params", "a,7B", "b,13B").Column("params");
        Assert.Equal(new ColumnUnit(1e9, "billions (suffix B in cells)"), column.Unit);
    }

    [Fact]
    public void Read_MixedSuffixes_DescribesEach()
    {
        var column = Csv.ReadOk("model,params", "a,350M", "b,7B", "c,1000").Column("params");
        Assert.Equal([350e6, 7e9, 1000], column.Numbers.Select(n => n!.Value));
        Assert.Equal(new ColumnUnit(1, "suffixes M, B in cells, applied per cell; other cells as written"), column.Unit);
    }

    [Fact]
    public void Read_PercentColumn_DividesBy100()
    {
        var column = Csv.ReadOk("model,mmlu", "a,54", "b,61.5", "c,0.5").Column("mmlu");
        Assert.Equal([0.54, 0.615, 0.005], column.Numbers.Select(n => n!.Value));
        Assert.Equal(new ColumnUnit(0.01, "percent, divided by 100"), column.Unit);
    }

    [Fact]
    public void Read_PercentSignCells_DividesBy100()
    {
        var column = Csv.ReadOk("model,mmlu", "a,54%", "b,0.5%").Column("mmlu");
        Assert.Equal([0.54, 0.005], column.Numbers.Select(n => n!.Value));
        Assert.Equal("percent, divided by 100", column.Unit.Description);
    }

    [Fact]
    public void Read_PercentHeader_DividesBy100EvenWhenAllSmall()
    {
        var column = Csv.ReadOk("model,MMLU (%)", "a,0.5", "b,1").Column("MMLU (%)");
        Assert.Equal([0.005, 0.01], column.Numbers.Select(n => n!.Value));
    }

    [Fact]
    public void Read_FractionColumn_KeepsAsWritten()
    {
        var column = Csv.ReadOk("model,mmlu", "a,0.54", "b,1").Column("mmlu");
        Assert.Equal([0.54, 1], column.Numbers.Select(n => n!.Value));
        Assert.Equal(new ColumnUnit(1, "fraction, as written"), column.Unit);
    }

    [Fact]
    public void Read_PercentAndFractionColumns_DecidedPerColumn()
    {
        var leaderboard = Csv.ReadOk("model,mmlu,arc", "a,54,0.54", "b,70,0.7");
        Assert.Equal([0.54, 0.7], leaderboard.Column("mmlu").Numbers.Select(n => n!.Value));
        Assert.Equal([0.54, 0.7], leaderboard.Column("arc").Numbers.Select(n => n!.Value));
        Assert.Equal("percent, divided by 100", leaderboard.Column("mmlu").Unit.Description);
        Assert.Equal("fraction, as written", leaderboard.Column("arc").Unit.Description);
    }

    [Fact]
    public void Read_TextColumns_TrimmedAndEmptyIsNull()
    {
        var column = Csv.ReadOk("model,license,mmlu", "a, mit ,0.5", "b,,0.5").Column("license");
        Assert.Equal(["mit", null], column.Texts);
    }
}
