using System.Globalization;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Fitting;

/// <summary>Builds the result of a fit that could not be made, so every form fails the same way.</summary>
internal static class FailedFit
{
    /// <summary>
    /// The failure of a form that normalises by Qrandom, Q' = (Q - Qrandom) / (1 - Qrandom), when the request's
    /// Qrandom lies outside [0, 1) where that means nothing; null when it lies inside.
    /// </summary>
    public static FitResult? QRandomOutsideRange(IFitForm form, FitRequest request) =>
        request.QRandom is >= 0 and < 1
            ? null
            : Create(form, request, string.Create(CultureInfo.InvariantCulture, $"Qrandom must lie in [0, 1); got {request.QRandom:G4}."));

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
