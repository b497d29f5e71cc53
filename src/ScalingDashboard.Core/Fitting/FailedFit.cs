using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Fitting;

/// <summary>Builds the result of a fit that could not be made, so every form fails the same way.</summary>
internal static class FailedFit
{
    public static FitResult Create(IFitForm form, FitRequest request, string message)
    {
        var parameters = new ParameterEstimate[form.Parameters.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = form.Parameters[i];
            // Settings such as Qrandom are known even when the fit fails; keep them so the UI can show them.
            var value = !p.IsFitted && string.Equals(p.Name, LogAccuracyPowerLawForm.QRandomName, StringComparison.Ordinal)
                ? request.QRandom
                : double.NaN;
            parameters[i] = new ParameterEstimate(p.Name, value, null);
        }

        var points = new FitPoint[request.X.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new FitPoint(i, request.X[i], request.Y[i], double.NaN, false, request.Labels?[i]);
        }

        return new FitResult
        {
            FormId = form.Id,
            Parameters = parameters,
            Converged = false,
            Message = message,
            Points = points,
            Train = ErrorMetrics.Empty,
        };
    }
}
