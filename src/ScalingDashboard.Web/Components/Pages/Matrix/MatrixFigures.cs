using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Components.Pages.Matrix;

/// <summary>The Matrix page's plots as <see cref="PlotModel"/>s: predicted against actual, with the y = x line.</summary>
public static class MatrixFigures
{
    private static readonly PlotAxis Actual = new("actual score (0-1)", Range: (0, 1));
    private static readonly PlotAxis Predicted = new("predicted score (0-1)", Range: (0, 1));

    /// <summary>Every held-out cell of every split, one colour per split.</summary>
    public static PlotModel HeldOut(EvaluationOutcome evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var series = new List<PlotSeries> { Diagonal() };
        for (var s = 0; s < evaluation.Splits.Count; s++)
        {
            var split = evaluation.Splits[s];
            series.Add(Cells($"split {s + 1} (seed {split.Seed})", split.HeldOut, Palette.Group(s)));
        }

        return new PlotModel("Held-out cells: predicted against actual", Actual, Predicted, series);
    }

    /// <summary>The perspective's hidden cells, one colour per model (or task) when few, else one colour.</summary>
    public static PlotModel Perspective(PerspectiveOutcome perspective, string what)
    {
        ArgumentNullException.ThrowIfNull(perspective);
        var series = new List<PlotSeries> { Diagonal() };
        if (perspective.Entries.Count <= 12)
        {
            series.AddRange(perspective.Entries.Select((e, i) => Cells(e.Name, e.Cells, Palette.Group(i))));
        }
        else
        {
            series.Add(Cells($"every {what}", perspective.Entries.SelectMany(e => e.Cells).ToList(), Palette.Group(0)));
        }

        return new PlotModel($"Hidden {what} scores: predicted against actual", Actual, Predicted, series);
    }

    private static PlotSeries Diagonal() =>
        new("y = x (perfect prediction)", [0, 1], [0, 1], Style: SeriesStyle.DottedLine, Color: "#888888");

    private static PlotSeries Cells(string name, IReadOnlyList<CellPrediction> cells, string colour) =>
        new(name, cells.Select(c => c.Actual).ToList(), cells.Select(c => c.Predicted).ToList(),
            cells.Select(c => $"{c.ModelName} · {c.TaskName}").ToList(), Color: colour)
        {
            MarkerSize = 7,
            HoverLines = cells.Select(c => $"task-mean baseline {MatrixText.Score(c.Baseline)}").ToList(),
        };
}
