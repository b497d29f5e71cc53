namespace ScalingDashboard.Core.Data;

/// <summary>What a header says about its column before any cell is read.</summary>
/// <param name="NameRole">The role its name matches (a synonym table), or null when the name says nothing.</param>
/// <param name="Multiplier">Factor from a unit in the header, e.g. 1e9 for "(B)" or "_b"; 1 when there is none.</param>
/// <param name="UnitWord">"billions" etc. when the header carries a unit, otherwise null.</param>
/// <param name="UnitText">The unit as written in the header, e.g. "(B)" or "_b", for the description.</param>
/// <param name="Percent">The header contains '%', e.g. "MMLU (%)".</param>
/// <param name="ScoreLike">The name contains a benchmark or score word (mmlu, arc, accuracy...).</param>
/// <param name="NotScoreLike">The name says it is a loss, a rank or a count even if its values lie in [0, 1].</param>
internal sealed record HeaderInfo(
    string Header,
    ColumnRole? NameRole,
    double Multiplier,
    string? UnitWord,
    string? UnitText,
    bool Percent,
    bool ScoreLike,
    bool NotScoreLike)
{
    /// <summary>The header unit as a power of ten (the multipliers are all powers of ten), for exact parsing.</summary>
    public int Exponent => (int)Math.Round(Math.Log10(Multiplier));
}
