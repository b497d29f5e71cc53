using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 003 section 4.3's two-stage approach: stage 1 fits the proxy loss against compute as a power law,
/// <c>ln L = w ln C + b0</c> (OLS, like <see cref="LogLogForm"/>); stage 2 maps the loss to the score (linear or
/// logistic, in subclasses). A prediction at C goes through both stages, L̂ = e^b0 C^w then score(L̂), which is how
/// the approach extrapolates and why its errors compound (the seed's finding).
/// </summary>
/// <remarks>
/// The observed loss is needed to fit, so it comes in as <see cref="FitRequest.X2"/>; evaluation needs only C (the
/// two-input overload ignores its second argument). Every point with C &gt; 0 and L &gt; 0 fits stage 1; every point
/// with a loss and a score fits stage 2; Qrandom and the margin do not apply.
/// </remarks>
public abstract class TwoStageForm : FitForm, ITwoInputFitForm
{
    /// <summary>Stage 1's line, the first parameters of every two-stage form (stage 2's follow).</summary>
    private static readonly FitParameter[] Stage1Parameters =
    [
        FitParameter.Free("w", "Stage 1: exponent of C in the loss"),
        FitParameter.Free("b0", "Stage 1: ln L at C = 1"),
    ];

    /// <param name="stage2Formula">Stage 2's formula in L; the form's formula is stage 1's, then this.</param>
    /// <param name="stage2Parameters">Stage 2's parameters, after stage 1's w and b0.</param>
    private protected TwoStageForm(string id, string displayName, string stage2Formula, IReadOnlyList<FitParameter> stage2Parameters)
        : base(id, displayName, "L = e^b0 * C^w;  " + stage2Formula, [.. Stage1Parameters, .. stage2Parameters], isInvertible: false)
    {
    }

    public string SecondInputDescription => "the proxy loss column, e.g. a validation loss";

    /// <summary>Any positive loss will do.</summary>
    public string? SecondInputRule => null;

    public bool AcceptsSecondInput(double value) => double.IsFinite(value) && value > 0;

    public sealed override double Evaluate(IReadOnlyList<double> parameters, double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return x > 0 ? Stage2(parameters, Math.Exp(parameters[1] + parameters[0] * Math.Log(x))) : double.NaN;
    }

    /// <summary>Same as the one-input overload: a two-stage prediction never uses the observed loss.</summary>
    public double Evaluate(IReadOnlyList<double> parameters, double x, double x2) => Evaluate(parameters, x);

    public sealed override bool TryInvert(IReadOnlyList<double> parameters, double y, out double x)
    {
        x = double.NaN;
        return false;
    }

    public sealed override FitResult Fit(FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.X2 is null)
        {
            return FailedFit.Create(this, request, $"Form '{Id}' needs {SecondInputDescription}.");
        }

        var n = request.X.Count;
        var stage1 = new LinearAccumulator();
        var losses = new List<double>(n);
        var scores = new List<double>(n);
        var used = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var (c, l, y) = (request.X[i], request.X2[i], request.Y[i]);
            if (c > 0 && l > 0 && double.IsFinite(c) && double.IsFinite(l))
            {
                stage1.Add(Math.Log(c), Math.Log(l));
                if (double.IsFinite(y))
                {
                    losses.Add(l);
                    scores.Add(y);
                    used[i] = true;
                }
            }
        }

        if (!stage1.IsDetermined || losses.Count <= Parameters.Count - Stage1Parameters.Length)
        {
            return FailedFit.Create(this, request,
                $"Needs more than {Parameters.Count - Stage1Parameters.Length} points with C > 0, a positive loss and a score; found {losses.Count}.");
        }

        var line = stage1.ToLinearFit();
        var second = FitStage2(losses, scores, request.Cancellation);
        if (second is null)
        {
            return FailedFit.Create(this, request, "Stage 2 (loss to score) did not converge from any start.");
        }

        var parameters = new List<ParameterEstimate>
        {
            new("w", line.Slope, NullIfNaN(line.SlopeStandardError)),
            new("b0", line.Intercept, NullIfNaN(line.InterceptStandardError)),
        };
        parameters.AddRange(second.Parameters);
        var values = parameters.Select(p => p.Value).ToArray();
        var (points, train, rss) = FittedPoints.Evaluate(request, used, i => Evaluate(values, request.X[i]));

        // End to end through both stages, in score space: what a user of the pipeline sees.
        var message = $"Stage 1: OLS of ln L on ln C over {line.Count} of {n} points (R² {line.RSquared:F4}); stage 2: {second.Message}";
        var criteria = InformationCriteria.Create(losses.Count, Parameters.Count, rss, "score");
        var fit = FitResult.Succeeded(Id, parameters, message, points, train, criteria);
        // Stage 1 is closed form, so every start of stage 2 shares its w and b0.
        return second.Ends is null
            ? fit
            : StartDiagnostics.Attach(this, fit, second.Ends.Select(e => (e.Loss, (double[])[values[0], values[1], .. e.Values])), second.TradeOffs ?? []);
    }

    /// <summary>The score at loss <paramref name="loss"/> (stage 2 parameters start at index 2).</summary>
    private protected abstract double Stage2(IReadOnlyList<double> parameters, double loss);

    /// <summary>Fits stage 2 on observed (loss, score) pairs; null when no start converged.</summary>
    private protected abstract Stage2Fit? FitStage2(
        List<double> losses, List<double> scores, CancellationToken cancellationToken);
}
