using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Components.Pages.Data;

namespace ScalingDashboard.Web.Tests.Components.Pages.Data;

public sealed class ScoreVsParametersPlotTests
{
    private static Leaderboard Table(bool withFamily = true)
    {
        List<LeaderboardColumn> columns =
        [
            new("params", ColumnRole.Parameters, [7e9, null, 70e9, 0], null, ColumnUnit.None),
            new("mmlu", ColumnRole.Score, [0.45, 0.5, 0.68, 0.2], null, ColumnUnit.None),
        ];
        if (withFamily)
        {
            columns.Add(new("family", ColumnRole.Family, null, ["llama", "closed", "qwen", "llama"], ColumnUnit.None));
        }

        return new Leaderboard(["a", "closed-model", "b", "zero"], columns);
    }

    [Fact]
    public void Build_GroupsByFamily_AndOmitsRowsWithoutPositiveSize()
    {
        var result = ScoreVsParametersPlot.Build(Table(), "mmlu");

        Assert.Null(result.Problem);
        Assert.Equal(2, result.Plotted);
        Assert.Equal(2, result.Omitted);
        var model = result.Model!;
        Assert.True(model.XAxis.IsLog);
        Assert.Equal(["llama", "qwen"], model.Series.Select(s => s.Name));
        Assert.Equal(["a"], model.Series[0].Labels!);
        Assert.Equal([0.68], model.Series[1].Y);
    }

    [Fact]
    public void Build_WithoutFamily_OneSeries()
    {
        var result = ScoreVsParametersPlot.Build(Table(withFamily: false), "mmlu");

        Assert.Single(result.Model!.Series);
        Assert.Equal("mmlu (fraction correct)", result.Model.YAxis.Title);
    }

    [Fact]
    public void Build_NoActiveParameterColumn_ExplainsWhy()
    {
        var result = ScoreVsParametersPlot.Build(Table(), "mmlu", ColumnRole.ActiveParameters);

        Assert.Null(result.Model);
        Assert.Contains("no active-parameter column", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownColumn_ExplainsWhy()
    {
        var result = ScoreVsParametersPlot.Build(Table(), "gsm8k");

        Assert.Contains("no numeric column 'gsm8k'", result.Problem, StringComparison.Ordinal);
    }
}
