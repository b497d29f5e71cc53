using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Analysis;

/// <summary>
/// pass@k's k is a number of samples: the form refuses a k that is not a whole number >= 1, and the analysis leaves
/// such rows out and counts them (the README's rule for rows a form cannot take), failing only when too few remain.
/// </summary>
public sealed class PassAtKSecondInputTests
{
    private static readonly PassAtKForm Form = new();

    [Theory]
    [InlineData(1, true)]
    [InlineData(16, true)]
    [InlineData(3.0000000000001, true)]
    [InlineData(2.5, false)]
    [InlineData(0.3, false)]
    [InlineData(0, false)]
    [InlineData(-2, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void AcceptsSecondInput_Value_OnlyWholeNumbersFromOne(double k, bool accepted) =>
        Assert.Equal(accepted, Form.AcceptsSecondInput(k));

    [Fact]
    public void Fit_ThreeHalfKRows_FailsNamingCountAndValues()
    {
        var request = Request(PassAtKTable.Csv(halfK: 3), "k");

        var fit = Form.Fit(request);

        Assert.False(fit.Converged);
        Assert.Equal("k must be a whole number of samples >= 1; 3 of 40 rows have k = 1.5, 2.5, 4.5.", fit.Message);
    }

    [Fact]
    public void Fit_WholeK_StillRecoversCoefficients()
    {
        var fit = Form.Fit(Request(PassAtKTable.Csv(), "k"));

        Assert.True(fit.Converged, fit.Message);
        // Noise-free Eq 5 data: OLS in ln(-ln Q) recovers the slope to rounding.
        Assert.Equal(-0.17, fit.Values[1], 9);
    }

    [Fact]
    public void Run_ThreeHalfKRows_LeftOutCountedAndFitConverges()
    {
        var result = AnalysisRunner.Run(Table(PassAtKTable.Csv(halfK: 3)), Spec("k"));

        var fit = Assert.Single(result.Fits);
        Assert.True(fit.Succeeded, fit.Problem);
        Assert.Equal("pass-at-k on score: k must be a whole number of samples >= 1; 3 of 40 rows have k = 1.5, 2.5, 4.5; left out.", fit.LeftOut);
        Assert.Contains(fit.LeftOut, result.Notes);
        Assert.Equal(37, fit.Evaluation!.Train.Count);
        Assert.Equal(-0.17, fit.Evaluation.Fit.Values[1], 9);
    }

    [Fact]
    public void Run_LossColumnAsK_FailsWithOneLineReason()
    {
        var result = AnalysisRunner.Run(Table(PassAtKTable.Csv()), Spec("loss"));

        var fit = Assert.Single(result.Fits);
        Assert.False(fit.Succeeded);
        Assert.Equal("k must be a whole number of samples >= 1; 40 of 40 rows have loss = 3.5, 3.465, 3.43, ...; "
            + "a fit needs at least 3 usable rows, found 0.", fit.Problem);
    }

    private static Leaderboard Table(string csv) => AnalysisTable.Prepare(LeaderboardReader.Read(csv).Leaderboard!);

    private static AnalysisSpec Spec(string kColumn) =>
        new AnalysisSpec { Benchmarks = ["score"], X = "flops", X2 = kColumn, Forms = [PassAtKForm.FormId], Margin = 0 }.WithChanceLevel("score", 0);

    private static FitRequest Request(string csv, string kColumn)
    {
        var table = LeaderboardReader.Read(csv).Leaderboard!;
        double[] Column(string name) => table.FindColumn(name)!.Numbers.Select(v => v ?? double.NaN).ToArray();
        return new FitRequest(Column("flops"), Column("score")) { X2 = Column(kColumn), Margin = 0 };
    }
}
