using System.Text.Json;
using ScalingDashboard.Core.Analysis.Statistics;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Core.Reporting;

/// <summary>
/// The JSON of a statistics view, shared by the CLI (<c>anova</c>, <c>tukey</c>, <c>correlate</c>, <c>gam</c> with
/// <c>--json</c>) and the Statistics page's downloads, so a script and a page give the same text. Field names are
/// the ones issue 10 fixes; NaN and infinities are written as null.
/// </summary>
public static class StatisticsJson
{
    public static string Anova(GroupComparison comparison, string grouping) => Write(json => WriteAnova(json, comparison, grouping));

    public static string Tukey(GroupComparison comparison, string grouping) => Write(json =>
    {
        var tukey = comparison.Tukey;
        json.WriteStartObject();
        json.WriteString("benchmark", comparison.Benchmark);
        json.WriteString("grouping", grouping);
        json.WriteStringOrNull("problem", tukey.Problem);
        json.WriteNumberOrNull("qCritical", tukey.QCritical);
        json.WriteObjects("pairs", tukey.Pairs, p =>
        {
            json.WriteString("group1", p.Group1);
            json.WriteString("group2", p.Group2);
            json.WriteNumbersOrNull(("meanDiff", p.MeanDiff), ("lower", p.Lower), ("upper", p.Upper), ("pAdj", p.PAdj));
            json.WriteBoolean("reject", p.Reject);
        });
        json.WriteObjects("letters", tukey.Letters, l =>
        {
            json.WriteString("group", l.Group);
            json.WriteString("letters", l.Letters);
        });
        json.WriteEndObject();
    });

    public static string Correlation(CorrelationMatrix matrix) => Write(json =>
    {
        ArgumentNullException.ThrowIfNull(matrix);
        json.WriteStartObject();
        json.WriteString("method", matrix.Method == CorrelationMethod.Pearson ? "pearson" : "spearman");
        json.WriteStartArray("names");
        foreach (var name in matrix.Names)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        WriteMatrix(json, "r", matrix.R.Select(row => row.Select(v => (double?)v)));
        WriteMatrix(json, "n", matrix.N.Select(row => row.Select(v => (double?)v)));
        json.WriteEndObject();
    });

    public static string MixedModel(MixedModelOutcome outcome) => Write(json =>
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var fit = outcome.Fit;
        json.WriteStartObject();
        json.WriteString("formula", outcome.Formula);
        json.WriteStringOrNull("problem", fit.Problem);
        json.WriteNumber("n", fit.N);
        json.WriteNumber("leftOut", fit.LeftOut);
        json.WriteNumbersOrNull(("edf", fit.Edf), ("smoothP", fit.SmoothP), ("randomEffectVariance", fit.RandomEffectVariance),
            ("residualVariance", fit.ResidualVariance), ("devianceExplained", fit.DevianceExplained));
        json.WriteObjects("grid", fit.Grid, g => json.WriteNumbersOrNull(("x", g.X), ("fit", g.Fit), ("se", g.Se)));
        json.WriteObjects("smooths", fit.Smooths, s =>
        {
            json.WriteStringOrNull("level", s.Level);
            json.WriteNumbersOrNull(("edf", s.Edf), ("p", s.P));
            json.WriteObjects("grid", s.Grid, g => json.WriteNumbersOrNull(("x", g.X), ("fit", g.Fit), ("se", g.Se)));
        });
        json.WriteEndObject();
    });

    private static void WriteAnova(Utf8JsonWriter json, GroupComparison comparison, string grouping)
    {
        var a = comparison.Anova;
        json.WriteStartObject();
        json.WriteString("benchmark", comparison.Benchmark);
        json.WriteString("grouping", grouping);
        json.WriteStringOrNull("problem", a.Problem);
        json.WriteNumbersOrNull(("f", a.F));
        json.WriteNumber("dfBetween", a.DfBetween);
        json.WriteNumber("dfWithin", a.DfWithin);
        json.WriteNumbersOrNull(("ssBetween", a.SsBetween), ("ssWithin", a.SsWithin), ("msBetween", a.MsBetween), ("msWithin", a.MsWithin),
            ("p", a.P), ("log10P", a.Log10P));
        json.WriteNumber("n", a.N);
        json.WriteNumber("leftOut", comparison.LeftOut);
        json.WriteObjects("groups", a.Groups, g =>
        {
            json.WriteString("name", g.Name);
            json.WriteNumber("n", g.Count);
            json.WriteNumbersOrNull(("mean", g.Mean), ("sd", g.StandardDeviation));
        });
        json.WriteEndObject();
    }

    private static void WriteMatrix(Utf8JsonWriter json, string name, IEnumerable<IEnumerable<double?>> rows)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            json.WriteStartArray();
            foreach (var v in row)
            {
                if (v is { } x && double.IsFinite(x))
                {
                    json.WriteNumberValue(x);
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> write) => JsonText.Write(write);
}
