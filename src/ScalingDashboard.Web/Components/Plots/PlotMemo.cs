namespace ScalingDashboard.Web.Components.Plots;

/// <summary>
/// The <see cref="PlotModel"/> built from one result object, kept while that object is shown. A page re-renders on
/// every progress line (ten times a second while a model trains); building the model in its markup would hand
/// <see cref="ScalingPlot"/> a new reference each time, and it would rebuild the traces and redraw the old result.
/// </summary>
public sealed class PlotMemo<TSource>
    where TSource : class
{
    private TSource? _source;
    private PlotModel? _model;

    public PlotModel For(TSource source, Func<TSource, PlotModel> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (_model is null || !ReferenceEquals(source, _source))
        {
            _model = build(source);
            _source = source;
        }

        return _model;
    }
}
