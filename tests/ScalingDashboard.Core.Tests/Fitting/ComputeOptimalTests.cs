using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Examples;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Tests.Fitting;

public class ComputeOptimalTests
{
    [Theory]
    [InlineData(1e18)]
    [InlineData(5.76e23)]
    [InlineData(1e26)]
    public void At_ClosedForm_MatchesBruteForceMinimumAlongTheBudget(double compute)
    {
        var law = LossLaw.Hoffmann2022;
        var optimum = ComputeOptimal.At(law, compute);

        // Brute force: golden-section search of L(N, C / 6N) over ln N, with no use of the closed form. The loss is
        // flat at its minimum, so N is only pinned to about sqrt(eps) of the loss scale: search to 1e-12 in ln N.
        var (lo, hi) = (Math.Log(1e3), Math.Log(compute / 6 / 1e3));
        double Loss(double lnN) => law.Loss(Math.Exp(lnN), compute / (6 * Math.Exp(lnN)));
        var ratio = (Math.Sqrt(5) - 1) / 2;
        while (hi - lo > 1e-12)
        {
            var m1 = hi - (ratio * (hi - lo));
            var m2 = lo + (ratio * (hi - lo));
            if (Loss(m1) < Loss(m2))
            {
                hi = m2;
            }
            else
            {
                lo = m1;
            }
        }

        var bruteN = Math.Exp((lo + hi) / 2);
        // Golden section on a flat minimum stops where loss differences hit rounding (~1e-16 of L), which leaves N
        // uncertain by about sqrt(2e-16 / curvature) ~ 1e-7 relative: hold 1e-6.
        Assert.Equal(1, optimum.Parameters / bruteN, 1e-6);
        Assert.Equal(1, optimum.Tokens / (compute / (6 * bruteN)), 1e-6);
        Assert.Equal(1, optimum.Loss / Loss(Math.Log(bruteN)), 1e-12);
        Assert.Equal(compute, 6 * optimum.Parameters * optimum.Tokens, compute * 1e-12);
        Assert.Equal(optimum.Tokens / optimum.Parameters, optimum.TokensPerParameter, 1e-12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void At_BadBudget_Throws(double compute) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ComputeOptimal.At(LossLaw.Hoffmann2022, compute));

    [Fact]
    public void At_NonPositiveExponent_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ComputeOptimal.At(LossLaw.Hoffmann2022 with { Beta = 0 }, 1e22));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Derive_ComputeAndOneInput_GivesBackTheOther(bool knownIsParameters)
    {
        var runs = SyntheticLossLadder.GenerateNoiseFree();
        var known = runs.Select(r => knownIsParameters ? r.Parameters : r.Tokens).ToArray();

        var (n, d) = ComputeInputs.Derive(runs.Select(r => r.Flops).ToArray(), known, knownIsParameters);

        for (var i = 0; i < runs.Count; i++)
        {
            // C was computed as 6ND from these doubles: dividing back loses at most a few ulps.
            Assert.Equal(1, n[i] / runs[i].Parameters, 1e-14);
            Assert.Equal(1, d[i] / runs[i].Tokens, 1e-14);
        }
    }

    [Fact]
    public void Derive_BadRow_IsMissingInBoth()
    {
        var (n, d) = ComputeInputs.Derive([1e20, -1, 1e20], [1e9, 1e9, 0], knownIsParameters: true);

        Assert.Equal([1e9, double.NaN, double.NaN], n);
        Assert.Equal([1e20 / 6e9, double.NaN, double.NaN], d);
    }

    [Theory]
    [InlineData("params")]
    [InlineData("tokens")]
    public void Analysis_FlopsWithOneOfNOrD_DerivesTheOtherAndRecoversTheLaw(string second)
    {
        // The shipped file's losses are noisy: rebuild it noise-free with the same columns.
        var runs = SyntheticLossLadder.GenerateNoiseFree();
        var csv = "model,params,tokens,flops,loss\n" + string.Concat(runs.Select(r =>
            FormattableString.Invariant($"{r.Model},{r.Parameters:R},{r.Tokens:R},{r.Flops:R},{r.Loss:R}\n")));
        var table = AnalysisTable.Prepare(LeaderboardReader.Read(csv).Leaderboard!);
        var spec = new AnalysisSpec { Benchmarks = ValueList.From(["loss"]), X = "flops", X2 = second, Forms = [LossParamsTokensForm.FormId] };

        var fit = AnalysisRunner.Run(table, spec, AnalysisParts.Fits).Fits.Single();

        Assert.True(fit.Succeeded, fit.Problem);
        var result = fit.Evaluation!.Fit;
        Assert.StartsWith(second == "params" ? "tokens D derived from C = 6ND" : "parameters N derived from C = 6ND", result.Message, StringComparison.Ordinal);
        var law = LossLaw.FromFit(result);
        // Derived inputs differ from the generator's by a few ulps, so the recovery holds as on the direct inputs.
        Assert.Equal(1, law.Alpha / LossLaw.Hoffmann2022.Alpha, 1e-6);
        Assert.Equal(1, law.Beta / LossLaw.Hoffmann2022.Beta, 1e-6);
        Assert.Equal(1, law.E / LossLaw.Hoffmann2022.E, 1e-6);
    }
}
