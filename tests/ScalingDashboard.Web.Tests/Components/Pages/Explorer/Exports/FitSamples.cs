using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer.Exports;

/// <summary>Real fits of the seed's form on a small synthetic ladder, so exports are tested on what the page will hand them.</summary>
internal static class FitSamples
{
    public const double Threshold = 1e21;

    /// <summary>Model names a spreadsheet or a CSV reader could trip over.</summary>
    public static readonly string[] OddLabels =
    [
        "=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\ttab", "\rcarriage", "a,b", "say \"hi\"",
        "line\nbreak", "<script>alert(1)</script>", "日本語", "plain",
    ];

    public static IFitForm Form => FitFormRegistry.Default.Get("log-accuracy-power-law");

    /// <summary>Q = 0.25 + 0.75 exp(-60 C^-0.1), C from 1e18 to 1e23, with a small alternating wobble.</summary>
    public static FitRequest Request(bool labelled = true)
    {
        const int n = 21;
        var x = new double[n];
        var y = new double[n];
        for (var k = 0; k < n; k++)
        {
            x[k] = 1e18 * Math.Pow(10, k * 0.25);
            y[k] = 0.25 + (0.75 * Math.Exp(-60 * Math.Pow(x[k], -0.1))) + (k % 2 == 0 ? 0.004 : -0.004);
        }

        var request = new FitRequest(x, y) { QRandom = 0.25 };
        return labelled ? request with { Labels = Enumerable.Range(0, n).Select(k => OddLabels[k % OddLabels.Length]).ToArray() } : request;
    }

    public static HoldoutEvaluation Evaluate(bool labelled = true, double threshold = Threshold) =>
        HoldoutEvaluation.Evaluate(Form, Request(labelled), HoldoutSplit.ByThreshold(threshold));
}
