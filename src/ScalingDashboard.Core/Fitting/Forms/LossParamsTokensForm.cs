namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Pretraining loss against parameters and tokens, Hoffmann et al. (2022) approach 3: <c>L(N, D) = E + A / N^alpha + B / D^beta</c>,
/// N = parameters (x), D = training tokens (<see cref="FitRequest.X2"/>), L = loss (y, must be positive). Fitted as
/// the paper and Besiroglu et al.'s (2024) replication do (see <see cref="LossParamsTokensFitter"/>). The fitted law
/// gives the compute-optimal allocation (<see cref="ComputeOptimal"/>).
/// </summary>
public sealed class LossParamsTokensForm : TwoInputFitForm, IResponseTransform, IWarmStartFitForm, IDerivedQuantities
{
    public const string FormId = "loss-params-tokens";

    public LossParamsTokensForm()
        : base(FormId, "Loss against parameters and tokens (Chinchilla)", "L = E + A / N^alpha + B / D^beta",
            [
                FitParameter.Positive("A", "Coefficient of the parameter term"),
                FitParameter.Positive("B", "Coefficient of the data term"),
                FitParameter.Positive("E", "Irreducible loss"),
                FitParameter.Free("alpha", "Exponent of parameters N"),
                FitParameter.Free("beta", "Exponent of training tokens D"),
            ],
            "training tokens D")
    {
    }

    /// <summary>L at N = <paramref name="x"/>, D = <paramref name="x2"/>; NaN unless both are positive.</summary>
    public override double Evaluate(IReadOnlyList<double> parameters, double x, double x2)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Loss(parameters[0], parameters[1], parameters[2], parameters[3], parameters[4], x, x2);
    }

    public override FitResult Fit(FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return LossParamsTokensFitter.Fit(this, request);
    }

    /// <summary>A bootstrap refit from the full-data optimum plus <paramref name="perturbed"/> seeded starts (see <see cref="LossParamsTokensFitter.FitFrom"/>).</summary>
    public FitResult FitFrom(FitRequest request, FitResult full, int perturbed, int seed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(full);
        return LossParamsTokensFitter.FitFrom(this, request, full, perturbed, seed);
    }

    /// <summary>The compute-optimal allocation exponents (<see cref="ComputeOptimal"/>): N_opt ∝ C^a, D_opt ∝ C^b.</summary>
    public IReadOnlyList<string> DerivedNames { get; } = ["a = beta/(alpha+beta)", "b = alpha/(alpha+beta)"];

    /// <summary>a and b; NaN unless alpha and beta are positive (otherwise the loss has no optimum along C = 6ND).</summary>
    public void Derive(IReadOnlyList<double> parameters, Span<double> into)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (alpha, beta) = (parameters[3], parameters[4]);
        var ok = alpha > 0 && beta > 0;
        into[0] = ok ? beta / (alpha + beta) : double.NaN;
        into[1] = ok ? alpha / (alpha + beta) : double.NaN;
    }

    /// <summary>The fit's residuals are in ln L: bands and standard errors are taken there too.</summary>
    public double ToFitSpace(IReadOnlyList<double> parameters, double y) => y > 0 ? Math.Log(y) : double.NaN;

    public double FromFitSpace(IReadOnlyList<double> parameters, double v) => Math.Exp(v);

    /// <summary>E + A / N^alpha + B / D^beta; NaN unless N, D &gt; 0.</summary>
    internal static double Loss(double a, double b, double e, double alpha, double beta, double n, double d) =>
        n > 0 && d > 0 ? e + (a * Math.Pow(n, -alpha)) + (b * Math.Pow(d, -beta)) : double.NaN;
}
