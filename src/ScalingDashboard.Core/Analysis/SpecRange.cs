namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// The range check behind every bounded number of an analysis record: records are valid by construction, so a value
/// outside its range throws where it is set (codecs and argument readers check first and say why in words).
/// </summary>
public static class SpecRange
{
    public static double Within(double value, double min, double max, string name) =>
        value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, $"Between {min} and {max}.");
}
