using System.Globalization;

namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// Puts each task's scores on [0, 1], deciding per task: a task whose known values exceed 1 but none exceeds 100 is
/// in percent and is divided by 100; a task already on [0, 1] is left as it is; anything else (an Elo rating,
/// negative values) is min-max scaled, which changes what the numbers mean, so a note says so.
/// </summary>
public static class TaskScaling
{
    /// <summary>Scales <paramref name="values"/> (row-major, one column per task) in place; one note per changed task.</summary>
    public static IReadOnlyList<string> Apply(double[] values, IReadOnlyList<string> tasks)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(tasks);
        var notes = new List<string>();
        var percent = new List<string>();
        var width = tasks.Count;
        for (var j = 0; j < width; j++)
        {
            var (min, max) = (double.PositiveInfinity, double.NegativeInfinity);
            for (var k = j; k < values.Length; k += width)
            {
                if (!double.IsNaN(values[k]))
                {
                    (min, max) = (Math.Min(min, values[k]), Math.Max(max, values[k]));
                }
            }

            if (double.IsInfinity(min) || (min >= 0 && max <= 1))
            {
                continue;
            }

            if (min >= 0 && max <= 100)
            {
                Rescale(values, j, width, v => v / 100);
                percent.Add(tasks[j]);
                continue;
            }

            var range = max - min;
            Rescale(values, j, width, v => range == 0 ? 0.5 : (v - min) / range);
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"'{tasks[j]}' runs from {min:G4} to {max:G4}, not a fraction or a percent; it was min-max scaled to [0, 1]."));
        }

        if (percent.Count > 0)
        {
            notes.Insert(0, percent.Count == width
                ? "Every task is in percent and was divided by 100."
                : $"{percent.Count} of {width} tasks are in percent and were divided by 100: {string.Join(", ", percent)}.");
        }

        return notes;
    }

    private static void Rescale(double[] values, int task, int width, Func<double, double> map)
    {
        for (var k = task; k < values.Length; k += width)
        {
            if (!double.IsNaN(values[k]))
            {
                values[k] = map(values[k]);
            }
        }
    }
}
