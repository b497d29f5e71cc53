namespace ScalingDashboard.Core.Tests.Statistics;

/// <summary>
/// Compares many values with a reference at one relative tolerance and fails once at the end, naming the worst
/// relative error and the first disagreements, so a fixture grid reports all its problems in one run.
/// </summary>
internal sealed class RelativeAgreement(double tolerance)
{
    private readonly List<string> _failures = [];

    public double Worst { get; private set; }

    public void Check(double actual, double expected, string what)
    {
        var relative = Math.Abs(actual - expected) / Math.Abs(expected);
        Worst = Math.Max(Worst, double.IsNaN(relative) ? double.PositiveInfinity : relative);
        if (!(relative <= tolerance))
        {
            _failures.Add($"{what}: {actual:R} vs {expected:R}");
        }
    }

    public void AssertAll() =>
        Assert.True(_failures.Count == 0, $"worst relative error {Worst:E2}; " + string.Join("; ", _failures.Take(10)));
}
