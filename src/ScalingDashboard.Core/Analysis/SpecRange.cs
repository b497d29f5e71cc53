using System.Globalization;
using System.Numerics;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// The inclusive bounds of one bounded number of an analysis record, declared once beside its property so that the
/// record's setter, the link codec, the CLI and the page controls read the same two numbers. Records are valid by
/// construction, so a value outside its range throws where it is set (<see cref="Check"/>); codecs and argument
/// readers check first (<see cref="Contains"/>) and say why in their own words.
/// </summary>
public readonly record struct SpecRange<T>
    where T : INumber<T>
{
    public SpecRange(T min, T max)
    {
        // NaN bounds would make every Contains false; a reversed pair is a typing slip in a declaration.
        if (!(min <= max))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Min {min} is not at most max {max}."), nameof(min));
        }

        Min = min;
        Max = max;
    }

    public T Min { get; }

    public T Max { get; }

    /// <summary>Whether <paramref name="value"/> lies in [Min, Max]; false for NaN.</summary>
    public bool Contains(T value) => value >= Min && value <= Max;

    /// <summary><paramref name="value"/> when the range holds it; otherwise <see cref="Refusal"/> is thrown.</summary>
    public T Check(T value, string name) => Contains(value) ? value : throw Refusal(value, name);

    /// <summary>The exception a record throws for a value of its property <paramref name="name"/> that it refuses.</summary>
    public ArgumentOutOfRangeException Refusal(T value, string name) =>
        new(name, value, string.Create(CultureInfo.InvariantCulture, $"Between {Min} and {Max}."));
}
