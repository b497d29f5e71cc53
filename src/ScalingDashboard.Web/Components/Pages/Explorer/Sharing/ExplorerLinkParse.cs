namespace ScalingDashboard.Web.Components.Pages.Explorer.Sharing;

/// <summary>The view a link describes, and one plain-English line per part of it that was ignored.</summary>
/// <param name="State">Every valid parameter applied; the others at their defaults.</param>
/// <param name="Problems">Unescaped text naming the parameter and its bad value (the UI renders text safely).</param>
public sealed record ExplorerLinkParse(ExplorerState State, IReadOnlyList<string> Problems);
