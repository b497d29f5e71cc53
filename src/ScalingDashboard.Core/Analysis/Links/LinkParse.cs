namespace ScalingDashboard.Core.Analysis.Links;

/// <summary>The value a link describes, and one plain-words line per part of it that was ignored.</summary>
/// <param name="Value">Every valid parameter applied; the others at their defaults.</param>
/// <param name="Problems">Unescaped text naming the parameter and its bad value (faces show it as text, never markup).</param>
public sealed record LinkParse<T>(T Value, IReadOnlyList<string> Problems);
