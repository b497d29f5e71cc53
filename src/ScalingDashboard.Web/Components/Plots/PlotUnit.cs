namespace ScalingDashboard.Web.Components.Plots;

/// <summary>What an axis measures, so hovers can print "6.2e21 FLOPs" or "42.9B parameters" instead of Plotly's SI "21.5Z".</summary>
public enum PlotUnit
{
    /// <summary>A plain number (a score, a residual, -ln Q'): three significant digits.</summary>
    Number,

    /// <summary>A fraction shown as a percentage: 0.634 as "63.4%".</summary>
    Percent,

    /// <summary>Training compute: "6.2e21 FLOPs".</summary>
    Flops,

    /// <summary>A parameter count: "42.9B parameters".</summary>
    Parameters,

    /// <summary>A token count: "1.4T tokens".</summary>
    Tokens,
}
