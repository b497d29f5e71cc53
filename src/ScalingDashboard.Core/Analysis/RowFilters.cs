namespace ScalingDashboard.Core.Analysis;

/// <summary>The rows an analysis keeps: by open/closed weights, by group value, by parameter-count range.</summary>
public sealed record RowFilters
{
    private readonly double? _sizeMin;
    private readonly double? _sizeMax;

    public static RowFilters None { get; } = new();

    public WeightsFilter Weights { get; init; } = WeightsFilter.All;

    /// <summary>Keep only these values of the group column; empty keeps all.</summary>
    public ValueList<string> Families { get; init; } = [];

    /// <summary>Smallest parameter count kept (raw count); at least 0.</summary>
    public double? SizeMin
    {
        get => _sizeMin;
        init => _sizeMin = NonNegative(value, nameof(SizeMin));
    }

    /// <summary>Largest parameter count kept (raw count); at least 0.</summary>
    public double? SizeMax
    {
        get => _sizeMax;
        init => _sizeMax = NonNegative(value, nameof(SizeMax));
    }

    private static double? NonNegative(double? value, string name) =>
        value is { } v && !(v >= 0 && double.IsFinite(v)) ? throw new ArgumentOutOfRangeException(name, v, "Must be a finite number >= 0.") : value;
}
