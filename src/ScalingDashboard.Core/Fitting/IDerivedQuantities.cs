namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// A form whose parameters imply further numbers a researcher reads off the fit (the loss law's compute-optimal
/// allocation exponents): the bootstrap gives them intervals like the parameters'.
/// </summary>
public interface IDerivedQuantities
{
    /// <summary>Names of the derived quantities, in the order <see cref="Derive"/> writes them.</summary>
    IReadOnlyList<string> DerivedNames { get; }

    /// <summary>Writes each derived quantity for <paramref name="parameters"/> into <paramref name="into"/> (NaN where undefined).</summary>
    void Derive(IReadOnlyList<double> parameters, Span<double> into);
}
