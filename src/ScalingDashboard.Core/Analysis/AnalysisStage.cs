namespace ScalingDashboard.Core.Analysis;

/// <summary>The parts of an analysis that take long enough to report on, in the order a run does them.</summary>
public enum AnalysisStage
{
    /// <summary>Fitting every form to every benchmark (<see cref="AnalysisRunner.RunFits"/>).</summary>
    Fit,

    /// <summary>Refitting the first benchmark at each threshold of the sweep.</summary>
    Sweep,

    /// <summary>Building the size view (score against parameters, frontier, implied sizes).</summary>
    Size,

    /// <summary>Refitting resamples for the bands (<see cref="AnalysisRunner.AddBands"/>).</summary>
    Bootstrap,
}
