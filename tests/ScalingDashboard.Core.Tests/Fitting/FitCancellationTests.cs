using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Tests.Fitting;

/// <summary>
/// Every form that runs an optimiser checks <see cref="FitRequest.Cancellation"/> inside it, so a fit that is no
/// longer wanted stops at its next loss evaluation instead of running every start to the end. The same data with a
/// live token fits (so the cancelled runs did reach the optimiser rather than stop on a data check).
/// </summary>
public class FitCancellationTests
{
    private static readonly double[] Compute = Enumerable.Range(0, 30).Select(i => Math.Pow(10, 18 + 4.0 * i / 29)).ToArray();

    public static TheoryData<string> OptimisedForms => new()
    {
        BnslForm.FormId,
        LogAccuracyPowerLawCeilingForm.FormId,
        LogAccuracyPowerLawHuberForm.FormId,
        SigmoidForm.FormId,
        ParamsTokensForm.FormId,
        ParamsTokensCeilingForm.FormId,
        TwoStageLogisticForm.FormId,
    };

    [Theory]
    [MemberData(nameof(OptimisedForms))]
    public void Fit_CancelledToken_ThrowsOperationCanceled(string formId)
    {
        var form = FitFormRegistry.Default.Get(formId);
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => form.Fit(Request(formId) with { Cancellation = source.Token }));
    }

    [Theory]
    [MemberData(nameof(OptimisedForms))]
    public void Fit_LiveToken_Converges(string formId)
    {
        var form = FitFormRegistry.Default.Get(formId);
        using var source = new CancellationTokenSource();

        var fit = form.Fit(Request(formId) with { Cancellation = source.Token });

        Assert.True(fit.Converged, fit.Message);
    }

    /// <summary>Smooth data each form can fit: a score rising from chance, with tokens or a loss as second input where the form takes one.</summary>
    private static FitRequest Request(string formId)
    {
        var tokens = Compute.Select((c, i) => c / 6 / (1e8 * Math.Pow(1.25, i % 7 + i / 2.0))).ToArray();
        var parameters = Compute.Select((c, i) => c / 6 / tokens[i]).ToArray();
        return formId switch
        {
            TwoStageLogisticForm.FormId => TwoStage(),
            ParamsTokensForm.FormId or ParamsTokensCeilingForm.FormId => new FitRequest(parameters,
                parameters.Select((n, i) => 0.25 + 0.7 * Math.Exp(-(40 * Math.Pow(n, -0.2) + 60 * Math.Pow(tokens[i], -0.2)))).ToArray())
            { X2 = tokens, QRandom = 0.25, Margin = 0 },
            _ => new FitRequest(Compute, Compute.Select(c => 0.25 + 0.7 / (1 + Math.Exp(-2 * (Math.Log10(c) - 20)))).ToArray()) { QRandom = 0.25, Margin = 0 },
        };
    }

    private static FitRequest TwoStage()
    {
        var form = new TwoStageLogisticForm();
        double[] truth = [-0.05, 3.4, 0.6, 0.25, -5, 2.9];
        var loss = Compute.Select(c => Math.Exp(truth[1] + truth[0] * Math.Log(c))).ToArray();
        return new FitRequest(Compute, Compute.Select(c => form.Evaluate(truth, c)).ToArray()) { X2 = loss };
    }
}
