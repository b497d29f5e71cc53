namespace ScalingDashboard.Core.Matrix;

/// <summary>A trained predictor of a matrix's cells: the score of model <c>model</c> on task <c>task</c>, on [0, 1] scale.</summary>
public interface ICompletionModel
{
    double Predict(int model, int task);
}
