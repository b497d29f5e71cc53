using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.Data;

public class LeaderboardReaderDelimiterTests
{
    [Fact]
    public void Read_CommaDelimited_DetectsDelimiter()
    {
        var result = Csv.Read("model,params,mmlu", "a,7B,0.5", "b,13B,0.6");
        Assert.True(result.Succeeded);
        Assert.Equal(',', result.Delimiter);
        Assert.Equal(3, result.Leaderboard!.Columns.Count);
    }

    [Fact]
    public void Read_SemicolonDelimited_DetectsDelimiter()
    {
        var result = Csv.Read("model;params;mmlu", "a;7B;0.5", "b;13B;0.6");
        Assert.True(result.Succeeded);
        Assert.Equal(';', result.Delimiter);
        Assert.Equal([7e9, 13e9], result.Leaderboard!.Column("params").Numbers.Select(n => n!.Value));
    }

    [Fact]
    public void Read_TabDelimited_DetectsDelimiter()
    {
        var result = Csv.Read("model\tparams\tmmlu", "a, the first\t7B\t0.5", "b\t13B\t0.6");
        Assert.True(result.Succeeded);
        Assert.Equal('\t', result.Delimiter);
        Assert.Equal(["a, the first", "b"], result.Leaderboard!.ModelNames);
    }

    [Fact]
    public void Read_SemicolonFileWithCommasInValues_PrefersConsistentDelimiter()
    {
        var result = Csv.Read("model;params;note", "a;7;x, y", "b;13;p, q, r");
        Assert.Equal(';', result.Delimiter);
        Assert.Equal("p, q, r", result.Leaderboard!.Column("note").Texts[1]);
    }

    [Fact]
    public void Read_DelimiterOption_OverridesDetection()
    {
        var result = LeaderboardReader.Read("model;params,x\na;7,1\n", new ImportOptions(Delimiter: ','));
        Assert.Equal(',', result.Delimiter);
        Assert.NotNull(result.Leaderboard!.FindColumn("model;params"));
    }

    [Fact]
    public void Read_WithBom_StripsIt()
    {
        var leaderboard = LeaderboardReader.Read("\uFEFFmodel,params\na,7B\n").Leaderboard!;
        Assert.Equal("model", leaderboard.Columns[0].Header);
        Assert.Equal(ColumnRole.ModelName, leaderboard.Columns[0].Role);
    }

    [Fact]
    public void Read_WithoutBom_ReadsHeader()
    {
        var leaderboard = LeaderboardReader.Read("model,params\na,7B\n").Leaderboard!;
        Assert.Equal("model", leaderboard.Columns[0].Header);
    }

    [Fact]
    public void Read_CrLfLineEndings_ReadsRows()
    {
        var leaderboard = LeaderboardReader.Read("model,params\r\na,7B\r\nb,8B\r\n").Leaderboard!;
        Assert.Equal(["a", "b"], leaderboard.ModelNames);
    }

    [Fact]
    public void Read_QuotedFieldWithDelimiterNewlineAndQuote_KeepsOneField()
    {
        var result = Csv.Read("model,params,note", "\"Llama, \"\"big\"\"\",70B,\"line one", "line two\"", "b,7B,x");
        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        var leaderboard = result.Leaderboard!;
        Assert.Equal(["Llama, \"big\"", "b"], leaderboard.ModelNames);
        Assert.Equal("line one\nline two", leaderboard.Column("note").Texts[0]);
        Assert.Equal(70e9, leaderboard.Column("params").Numbers[0]);
    }

    [Fact]
    public void Read_QuotedNumberWithThousandsSeparatorInCommaFile_ReadsNumber()
    {
        var leaderboard = Csv.ReadOk("model,k", "a,\"1,024\"");
        Assert.Equal(1024, leaderboard.Column("k").Numbers[0]);
    }
}
