using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.Data;

/// <summary>
/// A semicolon table written with decimal commas (a European spreadsheet export) reads every notation the period form
/// reads: scientific, magnitude suffix and percent, to the same double.
/// </summary>
public class LeaderboardReaderDecimalCommaTests
{
    [Theory]
    [InlineData("6,3e22", "6.3e22", 6.3e22)]
    [InlineData("1,2e21", "1.2e21", 1.2e21)]
    [InlineData("1,2E+21", "1.2E+21", 1.2e21)]
    [InlineData("3,5e-2", "3.5e-2", 0.035)]
    [InlineData("1,4T", "1.4T", 1.4e12)]
    [InlineData("7,5B", "7.5B", 7.5e9)]
    [InlineData("7,5 B", "7.5 B", 7.5e9)]
    [InlineData("350,5M", "350.5M", 350.5e6)]
    [InlineData("1,5k", "1.5k", 1.5e3)]
    public void Read_DecimalCommaCountCell_EqualsPeriodForm(string commaCell, string periodCell, double expected)
    {
        var comma = Csv.ReadOk("model;flops", $"a;{commaCell}", "b;2").Column("flops");
        var period = Csv.ReadOk("model;flops", $"a;{periodCell}", "b;2").Column("flops");

        Assert.Equal(expected, comma.Numbers[0]);
        Assert.Equal(period.Numbers[0], comma.Numbers[0]);
        Assert.Equal(ColumnRole.TrainingFlops, comma.Role);
    }

    [Fact]
    public void Read_DecimalCommaFlopsColumnInScientificForm_StaysNumeric()
    {
        // Every cell has an exponent: before the fix none counted as evidence and the column became text.
        var result = Csv.Read("model;flops;mmlu", "a;6,3e22;0,31", "b;1,2e21;0,27", "c;4,0e20;0,25");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        var flops = result.Leaderboard!.Column("flops");
        Assert.True(flops.IsNumeric);
        Assert.Equal([6.3e22, 1.2e21, 4.0e20], flops.Numbers);
        Assert.Equal("as written; decimal commas", flops.Unit.Description);
    }

    [Fact]
    public void Read_DecimalCommaPercentScore_EqualsPeriodForm()
    {
        var comma = Csv.ReadOk("model;mmlu", "a;54,2%", "b;61,0%").Column("mmlu");
        var period = Csv.ReadOk("model;mmlu", "a;54.2%", "b;61.0%").Column("mmlu");

        // 54.2 / 100 is the double nearest 0.542 or one ulp off it; both forms must give the same one.
        Assert.Equal(0.542, comma.Numbers[0]!.Value, 1e-15);
        Assert.Equal(period.Numbers, comma.Numbers);
    }

    [Fact]
    public void Read_FlopsRoleChosenForDecimalCommaColumn_KeepsCells()
    {
        // The Data page's mapping dialog re-reads the text with the chosen role as an override.
        var options = new ImportOptions(RoleOverrides: new Dictionary<string, ColumnRole> { ["compute"] = ColumnRole.TrainingFlops });
        var result = LeaderboardReader.Read("model;compute\na;6,3e22\nb;1,4T\nc;7,5B", options);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        var compute = result.Leaderboard!.Column("compute");
        Assert.Equal(ColumnRole.TrainingFlops, compute.Role);
        Assert.Equal([6.3e22, 1.4e12, 7.5e9], compute.Numbers);
    }

    [Fact]
    public void Read_PeriodScientificCellBesideCommaCell_KeepsPeriodReading()
    {
        // "6.3e22" is evidence of a decimal point, so the column is not read with decimal commas (which would drop
        // the dot and give 63e22); the ambiguous comma cell is the one left empty, with a warning.
        var result = Csv.Read("model;flops", "a;6.3e22", "b;1,2e21", "c;3e20");

        var flops = result.Leaderboard!.Column("flops");
        Assert.Equal([6.3e22, null, 3e20], flops.Numbers);
        Assert.Equal("'1,2e21' is not a number; the cell is left empty.", result.SingleWarning().Message);
    }
}
