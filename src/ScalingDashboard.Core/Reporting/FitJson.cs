using System.Text.Json;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Reporting;

/// <summary>
/// The members of one fit in JSON (issue 3's layout), shared by <c>fit --json</c> and every analysis export, so a
/// fit reads the same wherever it is written. Non-finite numbers are null (JSON has no NaN).
/// </summary>
public static class FitJson
{
    public static void WriteMembers(Utf8JsonWriter json, BenchmarkFit fit, BenchmarkData data, AnalysisSpec spec)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(spec);
        var result = fit.Evaluation?.Fit;
        json.WriteString("form", fit.Form.Id);
        json.WriteParameters(result?.Parameters ?? []);
        json.WriteStartArray("parametersAtBound");
        foreach (var name in result?.ParametersAtBound ?? [])
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteNumberOrNull("slope", result?.Linear?.Slope);
        json.WriteNumberOrNull("intercept", result?.Linear?.Intercept);
        var criteria = result?.InformationCriteria;
        json.WriteNumberOrNull("aic", criteria?.Aic);
        json.WriteNumberOrNull("bic", criteria?.Bic);
        json.WriteStringOrNull("residualSpace", criteria?.Space);
        json.WriteBoolean("converged", fit.Succeeded);
        if (result is not null && BnslBreak(result) is { } inside)
        {
            json.WriteBoolean("breakInsideData", inside);
        }

        json.WriteString("message", fit.Problem ?? result?.Message ?? "");
        json.WriteObjectOrNull("diagnostics", result?.Diagnostics, d => WriteDiagnostics(json, d));
        json.WriteStringOrNull("split", fit.Split);
        json.WriteMetrics("train", fit.Evaluation?.Train ?? ErrorMetrics.Empty, withRSquared: true);
        json.WriteMetrics("validation", fit.Evaluation?.Validation ?? ErrorMetrics.Empty, withRSquared: false);
        json.WriteObjectOrNull("bootstrap", fit.Bands, bands => WriteBootstrap(json, fit, bands, spec));
        WriteIntervals(json, fit.Bands?.Result.Intervals);
        json.WriteObjects("inverse", fit.Inverse, inverse =>
        {
            json.WriteNumberOrNull("y", inverse.Y);
            json.WriteNumberOrNull("x", inverse.X);
            json.WriteNumberOrNull("lower", inverse.Lower);
            json.WriteNumberOrNull("upper", inverse.Upper);
        });
        var withX2 = fit.Form is ITwoInputFitForm && data.X2 is not null;
        // With N or D derived from C = 6ND the fit's inputs are (N, D), not the table's columns: write those.
        var x2 = BenchmarkFitter.DerivedInputsNote(data, fit.Form, spec) is null ? data.X2 : BenchmarkFitter.Request(data, spec, fit.Form, out _).X2;
        json.WriteObjects("points", fit.Evaluation?.Points ?? [], point =>
        {
            json.WriteStringOrNull("label", point.Label);
            json.WriteNumberOrNull("x", point.X);
            if (withX2)
            {
                json.WriteNumberOrNull("x2", x2![point.Index]);
            }

            json.WriteNumberOrNull("y", point.Y);
            json.WriteNumberOrNull("predicted", point.Predicted);
            json.WriteString("set", SetName(point.Set));
            if (fit.Bands is { } bands)
            {
                // The interval a new observation at this x should fall in (curve uncertainty plus scatter).
                var interval = bands.AtPoint(point.Index);
                json.WriteNumberOrNull("lower", interval.PredictionLower);
                json.WriteNumberOrNull("upper", interval.PredictionUpper);
            }
        });
    }

    /// <summary>The set name used in JSON, CSV and text: train, validation or excluded.</summary>
    public static string SetName(PointSet set) => set switch
    {
        PointSet.Train => "train",
        PointSet.Validation => "validation",
        _ => "excluded",
    };

    /// <summary>Held-out points and how many fall inside their bootstrap prediction interval.</summary>
    public static (int Count, int Covered) ValidationCoverage(BenchmarkFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        int n = 0, covered = 0;
        if (fit.Bands is not { } bands || fit.Evaluation is null)
        {
            return (0, 0);
        }

        foreach (var point in fit.Evaluation.Points)
        {
            if (point.Set == PointSet.Validation && double.IsFinite(point.Y))
            {
                n++;
                covered += bands.AtPoint(point.Index).Covers(point.Y) ? 1 : 0;
            }
        }

        return (n, covered);
    }

    private static bool? BnslBreak(FitResult result) => Fitting.Forms.BnslForm.BreakInsideData(result);

    /// <summary>How the optimiser's starts fared (null for closed-form and linear fits).</summary>
    private static void WriteDiagnostics(Utf8JsonWriter json, FitDiagnostics diagnostics)
    {
        json.WriteNumber("starts", diagnostics.Starts);
        json.WriteNumber("startsAtBest", diagnostics.StartsAtBest);
        json.WriteObjects("spread", diagnostics.Spread, s =>
        {
            json.WriteString("name", s.Name);
            json.WriteNumbersOrNull(("min", s.Min), ("max", s.Max));
        });
        json.WriteStrings("atBound", diagnostics.AtBound);
        json.WriteStrings("warnings", diagnostics.Warnings);
    }

    /// <summary>80% and 95% bootstrap intervals of every parameter (and derived quantity); null without a bootstrap.</summary>
    private static void WriteIntervals(Utf8JsonWriter json, IReadOnlyList<ParameterRange>? intervals)
    {
        if (intervals is null)
        {
            json.WriteNull("intervals");
            return;
        }

        json.WriteObjects("intervals", intervals, r =>
        {
            json.WriteString("name", r.Name);
            json.WriteNumbersOrNull(("value", r.Value), ("lo80", r.Lower80), ("hi80", r.Upper80), ("lo95", r.Lower95), ("hi95", r.Upper95));
        });
    }

    private static void WriteBootstrap(Utf8JsonWriter json, BenchmarkFit fit, FitBands bands, AnalysisSpec spec)
    {
        var result = bands.Result;
        json.WriteNumber("resamples", result.Resamples);
        json.WriteNumber("converged", result.Converged);
        json.WriteNumber("seed", spec.Bootstrap.Seed);
        json.WriteNumber("confidence", result.Confidence);
        json.WriteStringOrNull("family", spec.GroupBy);
        json.WriteStartObject("parameters");
        foreach (var p in result.Parameters)
        {
            json.WriteStartObject(p.Name);
            json.WriteNumberOrNull("lower", p.Lower);
            json.WriteNumberOrNull("upper", p.Upper);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteObjects("band", bands.Grid, b => json.WriteNumbersOrNull(
            ("x", b.X), ("predicted", b.Predicted), ("lower", b.Lower), ("upper", b.Upper),
            ("predictionLower", b.PredictionLower), ("predictionUpper", b.PredictionUpper)));
        var (n, covered) = ValidationCoverage(fit);
        json.WriteStartObject("validation");
        json.WriteNumber("n", n);
        json.WriteNumber("covered", covered);
        json.WriteEndObject();
    }
}
