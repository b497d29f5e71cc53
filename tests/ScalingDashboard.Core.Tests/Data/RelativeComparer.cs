namespace ScalingDashboard.Core.Tests.Data;

/// <summary>Equality within a relative tolerance, for values computed as a product rather than parsed exactly.</summary>
internal sealed class RelativeComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance * Math.Max(Math.Abs(x), Math.Abs(y));

    public int GetHashCode(double obj) => 0;
}
