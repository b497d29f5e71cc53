using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// A <see cref="MatrixSpec"/> read against a table: the score matrix (null when the table cannot give one), the table
/// row of each of its models (wide form: the model's row; long form: its first row), and in plain words what was
/// left out or could not be used. When <see cref="Matrix"/> is null the problems say why.
/// </summary>
public sealed record ResolvedMatrix(ScoreMatrix? Matrix, IReadOnlyList<int> RowOfModel, IReadOnlyList<string> Problems);
