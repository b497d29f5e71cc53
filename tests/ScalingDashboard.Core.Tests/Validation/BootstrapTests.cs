using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Tests.Validation;

public class BootstrapTests
{
    private const double QRandom = 0.25;
    private const double LnA = 9.0;
    private const double Alpha = 0.2;
    private static readonly LogAccuracyPowerLawForm Form = new();

    /// <summary>The true curve: ln(-ln Q') = ln A - alpha ln C.</summary>
    private static double Truth(double x) => QRandom + (1 - QRandom) * Math.Exp(-Math.Exp(LnA - Alpha * Math.Log(x)));

    /// <summary>30 points from 1e19 to 1e21 with Gaussian noise of sd 0.05 in ln(-ln Q') (the form's own space).</summary>
    private static FitRequest Noisy(int seed, int count = 30, double sd = 0.05)
    {
        var random = new Random(seed);
        var x = new double[count];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            x[i] = Math.Pow(10, 19 + 2.0 * i / (count - 1));
            var noise = sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            y[i] = QRandom + (1 - QRandom) * Math.Exp(-Math.Exp(LnA - Alpha * Math.Log(x[i]) + noise));
        }

        return new FitRequest(x, y) { QRandom = QRandom, Margin = 0 };
    }

    [Fact]
    public void Run_SameSeed_GivesIdenticalResultsAndAnotherSeedDiffers()
    {
        var request = Noisy(1);
        var options = new BootstrapOptions(200, 42, [1e19, 1e20, 1e22]);

        var first = Bootstrap.Run(Form, request, options);
        var second = Bootstrap.Run(Form, request, options);
        var other = Bootstrap.Run(Form, request, options with { Seed = 43 });

        Assert.Equal(first.Band, second.Band);
        Assert.Equal(first.Parameters, second.Parameters);
        Assert.NotEqual(first.Band, other.Band);
        Assert.Equal(200, first.Converged);
    }

    [Fact]
    public void Run_Bands_BracketTheFitAndStayInsideTheCurvesRange()
    {
        var result = Bootstrap.Run(Form, Noisy(2), new BootstrapOptions(300, 7, [1e18, 1e20, 1e23, 1e25]));

        foreach (var point in result.Band)
        {
            Assert.InRange(point.Predicted, point.Lower, point.Upper);
            Assert.InRange(point.Lower, point.PredictionLower, point.PredictionUpper);
            Assert.InRange(point.Upper, point.PredictionLower, point.PredictionUpper);
            // Mapped back from ln(-ln Q'): never below chance or above 1, however far the extrapolation.
            Assert.True(point.PredictionLower > QRandom && point.PredictionUpper < 1);
        }

        // Extrapolating further widens the band.
        Assert.True(result.Band[3].Upper - result.Band[3].Lower > result.Band[1].Upper - result.Band[1].Lower);
        var alpha = result.Parameters.Single(p => p.Name == "alpha");
        Assert.InRange(alpha.Value, alpha.Lower, alpha.Upper);
        Assert.DoesNotContain(result.Parameters, p => p.Name == LogAccuracyPowerLawForm.QRandomName);
    }

    [Fact]
    public void Run_PercentileIntervals_CoverTruthAndNewObservationsAtAboutTheNominalRate()
    {
        const int datasets = 60;
        double[] at = [1e20, 1e22]; // inside the data, and extrapolated 10x beyond it
        var curveHits = new int[at.Length];
        var predictionHits = 0;
        var predictionTrials = 0;
        for (var d = 0; d < datasets; d++)
        {
            var result = Bootstrap.Run(Form, Noisy(100 + d), new BootstrapOptions(300, d, at));
            for (var j = 0; j < at.Length; j++)
            {
                curveHits[j] += Truth(at[j]) >= result.Band[j].Lower && Truth(at[j]) <= result.Band[j].Upper ? 1 : 0;
            }

            // A fresh observation at 1e20 from the same noise.
            var fresh = Noisy(10_000 + d, count: 30).Y[15];
            var band = Bootstrap.Run(Form, Noisy(100 + d), new BootstrapOptions(300, d, [Noisy(0).X[15]])).Band[0];
            predictionHits += band.Covers(fresh) ? 1 : 0;
            predictionTrials++;
        }

        // Nominal 95%; percentile bootstraps of n = 30 under-cover slightly, and 60 datasets leave ±6% sampling error.
        Assert.InRange(curveHits[0] / (double)datasets, 0.8, 1.0);
        Assert.InRange(curveHits[1] / (double)datasets, 0.8, 1.0);
        Assert.InRange(predictionHits / (double)predictionTrials, 0.8, 1.0);
    }

    [Fact]
    public void Run_SingletonFamilies_ReproduceThePointBootstrapExactly()
    {
        var request = Noisy(3);
        var labels = Enumerable.Range(0, request.X.Count).Select(i => $"m{i}").ToArray();
        var options = new BootstrapOptions(100, 5, [1e21]);

        var byPoint = Bootstrap.Run(Form, request, options);
        var byFamily = Bootstrap.Run(Form, request, options with { Groups = labels });

        Assert.Equal(byPoint.Band, byFamily.Band);
    }

    [Fact]
    public void Run_FamiliesShareAnOffset_FamilyResamplingWidensTheBand()
    {
        // 6 families of 5 models, each family covering its own stretch of x and sitting off the law by a shared
        // offset (same data, same recipe): the 30 points carry about 6 independent pieces of evidence on the slope,
        // which only the family bootstrap sees.
        var random = new Random(11);
        var x = new double[30];
        var y = new double[30];
        var families = new string[30];
        for (var f = 0; f < 6; f++)
        {
            var offset = 0.3 * (random.NextDouble() - 0.5);
            for (var m = 0; m < 5; m++)
            {
                var i = f * 5 + m;
                x[i] = Math.Pow(10, 19 + (f + random.NextDouble()) / 3);
                y[i] = QRandom + (1 - QRandom) * Math.Exp(-Math.Exp(LnA - Alpha * Math.Log(x[i]) + offset + 0.01 * (random.NextDouble() - 0.5)));
                families[i] = $"family-{f}";
            }
        }

        var request = new FitRequest(x, y) { QRandom = QRandom, Margin = 0 };
        var options = new BootstrapOptions(400, 9, [1e22]);
        var byPoint = Bootstrap.Run(Form, request, options).Band[0];
        var byFamily = Bootstrap.Run(Form, request, options with { Groups = families }).Band[0];

        Assert.True(byFamily.Upper - byFamily.Lower > 1.3 * (byPoint.Upper - byPoint.Lower),
            $"family width {byFamily.Upper - byFamily.Lower}, point width {byPoint.Upper - byPoint.Lower}");
    }

    [Fact]
    public void Run_FailedFullFit_GivesNaNBandsWithoutThrowing()
    {
        var request = new FitRequest([1e20], [0.5]) { QRandom = QRandom };
        var result = Bootstrap.Run(Form, request, new BootstrapOptions(10, 1, [1e21]));

        Assert.False(result.Fit.Converged);
        Assert.Equal(0, result.Converged);
        Assert.True(double.IsNaN(result.Band[0].Lower));
    }

    [Fact]
    public void Run_InverseIntervals_BracketThePointEstimateAndCoverTheTruth()
    {
        var request = Noisy(4);
        const double score = 0.6;
        var result = Bootstrap.Run(Form, request, new BootstrapOptions(300, 3, [], InvertAt: [score, 0.1]));

        var inverse = result.Inverse[0];
        Assert.Equal(300, inverse.Count);
        Assert.InRange(inverse.X, inverse.Lower, inverse.Upper);
        // The true curve reaches 0.6 at C = exp((ln A - ln(-ln Q')) / alpha).
        var truth = Math.Exp((LnA - Math.Log(-Math.Log((score - QRandom) / (1 - QRandom)))) / Alpha);
        Assert.InRange(truth, inverse.Lower, inverse.Upper);
        // Below chance no curve reaches the score.
        Assert.Equal(0, result.Inverse[1].Count);
        Assert.True(double.IsNaN(result.Inverse[1].X));
    }

    [Fact]
    public void Run_Cancelled_StopsAtTheNextResample()
    {
        using var cancel = new CancellationTokenSource();
        // Cancels during the 11th fit (the full fit plus ten resamples): the run must stop there, not after all 200.
        // Resamples run in parallel, so each other worker may have one refit under way when the token is cancelled.
        var form = new CountingForm(Form, onFit: count =>
        {
            if (count == 11)
            {
                cancel.Cancel();
            }
        });

        Assert.Throws<OperationCanceledException>(() =>
            Bootstrap.Run(form, Noisy(1), new BootstrapOptions(200, 42, [1e20]), cancel.Token));
        Assert.InRange(form.Fits, 11, 11 + Environment.ProcessorCount - 1);
    }

    [Fact]
    public void Run_RefitsSearchOnTheirOwnThread_OnlyTheFullFitMaySpreadOverTheCores()
    {
        // The resamples already fill the cores; a form's own parallel search inside each would multiply the threads.
        var form = new CountingForm(Form, onFit: _ => { });

        Bootstrap.Run(form, Noisy(1), new BootstrapOptions(30, 42, [1e20]));

        Assert.Equal(31, form.Fits);
        Assert.Equal(1, form.ParallelSearches);
    }

    /// <summary>Delegates to a real form and counts its fits, and those allowed a parallel search.</summary>
    private sealed class CountingForm(IFitForm inner, Action<int> onFit) : IFitForm
    {
        private int _fits;
        private int _parallelSearches;

        public int Fits => Volatile.Read(ref _fits);

        public int ParallelSearches => Volatile.Read(ref _parallelSearches);

        public string Id => inner.Id;

        public string DisplayName => inner.DisplayName;

        public string Formula => inner.Formula;

        public IReadOnlyList<FitParameter> Parameters => inner.Parameters;

        public bool IsInvertible => inner.IsInvertible;

        public bool RequiresPositiveX => inner.RequiresPositiveX;

        public double Evaluate(IReadOnlyList<double> parameters, double x) => inner.Evaluate(parameters, x);

        public bool TryInvert(IReadOnlyList<double> parameters, double y, out double x) => inner.TryInvert(parameters, y, out x);

        public FitResult Fit(FitRequest request)
        {
            onFit(Interlocked.Increment(ref _fits));
            if (request.SearchInParallel)
            {
                Interlocked.Increment(ref _parallelSearches);
            }

            return inner.Fit(request);
        }
    }
}
