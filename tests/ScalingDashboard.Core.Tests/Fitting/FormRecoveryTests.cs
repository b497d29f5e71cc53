using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Tests.Fitting;

/// <summary>Issue 3's check for every form: noise-free synthetic data gives back the parameters, and inversion undoes evaluation.</summary>
public class FormRecoveryTests
{
    /// <summary>Form id, true parameter vector (fixed settings included), Qrandom for the request, x grid.</summary>
    public static TheoryData<string, double[], double, double[]> Cases => new()
    {
        { LogAccuracyPowerLawForm.FormId, [Math.Exp(8.4951), 0.184, 0.2918], 0.2918, Grid(1e18, 4e22, 30) },
        { LogAccuracyPowerLawForm.FormId, [Math.Exp(18.6285), 0.3727, 0], 0, Grid(1e20, 4e22, 12) },
        { LogAccuracyPowerLawHuberForm.FormId, [Math.Exp(8.4951), 0.184, 0.2918], 0.2918, Grid(1e18, 4e22, 30) },
        { LogLinearForm.FormId, [-0.8, 0.11], 0, Grid(1e8, 4e11, 20) },
        { LogLogForm.FormId, [-0.048, 2.9], 0, Grid(1e18, 4e22, 20) },
        { LogAccuracyPowerLawCeilingForm.FormId, [Math.Exp(9), 0.2, -Math.Log(0.9), 0.25], 0.25, Grid(1e18, 4e22, 30) },
        { SigmoidForm.FormId, [0.9, -19.5, 0.25], 0.25, Grid(1e18, 4e24, 20) },
    };

    private static double[] Grid(double from, double to, int count) =>
        Enumerable.Range(0, count).Select(i => from * Math.Pow(to / from, i / (count - 1.0))).ToArray();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_NoiseFree_RecoversKnownParameters(string formId, double[] truth, double qRandom, double[] x)
    {
        var form = FitFormRegistry.Default.Get(formId);
        var y = x.Select(c => form.Evaluate(truth, c)).ToArray();

        var fit = form.Fit(new FitRequest(x, y) { QRandom = qRandom, Margin = 0 });

        Assert.True(fit.Converged, fit.Message);
        for (var k = 0; k < truth.Length; k++)
        {
            // Issue 3's bar: 1e-6 relative (noise-free data leaves only rounding and optimiser tolerance).
            Assert.True(Math.Abs(fit.Parameters[k].Value / truth[k] - 1) < 1e-6 || (truth[k] == 0 && Math.Abs(fit.Parameters[k].Value) < 1e-9),
                $"{formId} {fit.Parameters[k].Name}: fitted {fit.Parameters[k].Value}, true {truth[k]}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invert_InvertibleForm_UndoesEvaluate(string formId, double[] truth, double qRandom, double[] x)
    {
        _ = qRandom;
        var form = FitFormRegistry.Default.Get(formId);
        Assert.True(form.IsInvertible);
        foreach (var c in x)
        {
            Assert.True(form.TryInvert(truth, form.Evaluate(truth, c), out var back), $"{formId} at {c}");
            // exp/log round trips at |ln x| ≈ 50 cost a few ulps times ln x: 1e-9 relative is generous.
            Assert.Equal(1, back / c, 1e-9);
        }
    }
}
