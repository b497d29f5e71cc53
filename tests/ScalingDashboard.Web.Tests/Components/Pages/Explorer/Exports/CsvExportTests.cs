using ScalingDashboard.Web.Components.Exports;
using System.Globalization;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;
using ScalingDashboard.Web.Components.Pages.Explorer.Exports;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer.Exports;

public sealed class CsvExportTests
{
    private const string OddBenchmark = "MMLU (5-shot), \"%\"";

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcalc", "'\tcalc")]
    [InlineData("\rcalc", "\"'\rcalc\"")]
    public void Csv_TextStartingWithFormulaCharacter_IsNeutralised(string text, string expected)
    {
        Assert.Equal(expected, CsvField.Text(text));
    }

    [Fact]
    public void Csv_TextStartingWithEquals_IsNeutralised()
    {
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", CsvField.Text("=HYPERLINK(\"http://evil\",\"x\")"));
    }

    [Theory]
    [InlineData("a=b")]
    [InlineData("x-1")]
    [InlineData(" =not first")]
    [InlineData("plain")]
    public void Csv_FormulaCharacterNotFirst_IsLeftAlone(string text)
    {
        Assert.Equal(text, CsvField.Text(text));
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\r\nlf", "\"cr\r\nlf\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Csv_FieldWithSeparatorQuoteOrNewline_IsQuotedWithDoubledQuotes(string? text, string expected)
    {
        Assert.Equal(expected, CsvField.Text(text));
    }

    [Theory]
    [InlineData(-0.0123, "-0.0123")]
    [InlineData(-1e-300, "-1E-300")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(6e21, "6E+21")]
    [InlineData(double.NaN, "")]
    [InlineData(double.NegativeInfinity, "")]
    public void Csv_NegativeNumber_IsNotNeutralised(double value, string expected)
    {
        Assert.Equal(expected, CsvField.Number(value));
    }

    [Fact]
    public void PointsCsv_OneRowPerPointPerForm_WithHeaderAndSets()
    {
        var evaluation = FitSamples.Evaluate();
        var loglog = HoldoutEvaluation.Evaluate(FitFormRegistry.Default.Get("log-log"), FitSamples.Request(), HoldoutSplit.ByThreshold(FitSamples.Threshold));

        var rows = Rfc4180.Parse(CsvExport.PointsCsv(OddBenchmark, [("log-accuracy-power-law", evaluation), ("log-log", loglog)]));

        Assert.Equal(["benchmark", "form", "model", "x", "y", "predicted", "residual", "set"], rows[0]);
        Assert.Equal(1 + (2 * evaluation.Points.Count), rows.Count);
        Assert.All(rows, r => Assert.Equal(8, r.Count));
        Assert.All(rows.Skip(1), r => Assert.Equal(OddBenchmark, r[0]));
        Assert.Contains(rows, r => r[7] == "train");
        Assert.Contains(rows, r => r[7] == "validation");
        Assert.All(rows.Skip(1), r => Assert.Contains(r[7], new[] { "train", "validation", "excluded" }));
    }

    [Fact]
    public void PointsCsv_Numbers_ParseBackExactlyAndNegativeResidualsStayNumeric()
    {
        var evaluation = FitSamples.Evaluate();

        var rows = Rfc4180.Parse(CsvExport.PointsCsv("mmlu", [("f", evaluation)])).Skip(1).ToList();

        for (var i = 0; i < rows.Count; i++)
        {
            var point = evaluation.Points[i];
            Assert.Equal(point.X, double.Parse(rows[i][3], CultureInfo.InvariantCulture));
            Assert.Equal(point.Y, double.Parse(rows[i][4], CultureInfo.InvariantCulture));
            Assert.Equal(point.Predicted, double.Parse(rows[i][5], CultureInfo.InvariantCulture));
            Assert.Equal(point.Y - point.Predicted, double.Parse(rows[i][6], CultureInfo.InvariantCulture));
        }

        Assert.Contains(rows, r => r[6].StartsWith('-'));
        Assert.DoesNotContain(rows, r => r[6].StartsWith('\''));
    }

    [Fact]
    public void PointsCsv_ModelNames_AreNeutralisedAndSurviveQuoting()
    {
        var rows = Rfc4180.Parse(CsvExport.PointsCsv("=bench", [("+form", FitSamples.Evaluate())])).Skip(1).ToList();

        Assert.All(rows, r => Assert.Equal("'=bench", r[0]));
        Assert.All(rows, r => Assert.Equal("'+form", r[1]));
        for (var i = 0; i < rows.Count; i++)
        {
            var label = FitSamples.OddLabels[i % FitSamples.OddLabels.Length];
            var expected = label[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + label : label;
            Assert.Equal(expected, rows[i][2]);
        }
    }

    [Fact]
    public void PointsCsv_NoLabelsAndFailedFit_GiveEmptyCells()
    {
        // A threshold below every x leaves nothing to train on, so the fit fails and predictions are NaN.
        var failed = FitSamples.Evaluate(labelled: false, threshold: 1);

        var rows = Rfc4180.Parse(CsvExport.PointsCsv("mmlu", [("f", failed)])).Skip(1).ToList();

        Assert.False(failed.Fit.Converged);
        Assert.All(rows, r => Assert.Equal(string.Empty, r[2]));
        Assert.All(rows, r => Assert.Equal(string.Empty, r[5]));
        Assert.All(rows, r => Assert.Equal(string.Empty, r[6]));
    }

    [Fact]
    public void FitTableCsv_OkAndFailedRows_ParseBackWithConstantFieldCountAndNeutralisedFormula()
    {
        var form = FitSamples.Form;
        var ok = FitTableRow.Create(OddBenchmark, form, FitSamples.Evaluate(), aic: -12.5, bic: 3);
        var failed = FitTableRow.Create("=evil\r\nname", form, FitSamples.Evaluate(threshold: 1));

        var rows = Rfc4180.Parse(CsvExport.FitTableCsv([ok, failed]));

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(19, r.Count));
        Assert.Equal("benchmark", rows[0][0]);
        Assert.Equal("message", rows[0][16]);
        // Columns added later are appended, so every earlier column keeps its position.
        Assert.Equal("validation_r2", rows[0][17]);
        Assert.Equal("ic_space", rows[0][18]);
        Assert.Equal(OddBenchmark, rows[1][0]);
        Assert.Equal("'" + form.Formula, rows[1][2]);
        Assert.Equal("-12.5", rows[1][13]);
        Assert.Equal("3", rows[1][14]);
        Assert.Equal("true", rows[1][15]);
        Assert.Equal("'=evil\r\nname", rows[2][0]);
        Assert.Equal("false", rows[2][15]);
        Assert.Equal(string.Empty, rows[2][13]);
        Assert.Equal("0", rows[2][4]);
        Assert.Equal(string.Empty, rows[2][5]);
    }

    [Fact]
    public void FitTableCsv_Parameters_AreNameValuePlusMinusStandardError()
    {
        var evaluation = FitSamples.Evaluate();
        var row = FitTableRow.Create("mmlu", FitSamples.Form, evaluation);

        var cell = Rfc4180.Parse(CsvExport.FitTableCsv([row]))[1][3];

        var parts = cell.Split("; ");
        Assert.Equal(3, parts.Length);
        var a = evaluation.Fit.Parameter("A");
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"A={a.Value:R} ± {a.StandardError:R}"), parts[0]);
        Assert.StartsWith("alpha=", parts[1], StringComparison.Ordinal);
        Assert.Equal("Qrandom=0.25", parts[2]);
    }

    [Fact]
    public void FitTableCsv_TrainAndValidationMetrics_MatchTheEvaluation()
    {
        var evaluation = FitSamples.Evaluate();

        var cells = Rfc4180.Parse(CsvExport.FitTableCsv([FitTableRow.Create("mmlu", FitSamples.Form, evaluation)]))[1];

        Assert.Equal(evaluation.Train.Count.ToString(CultureInfo.InvariantCulture), cells[4]);
        Assert.Equal(evaluation.Train.Mae, double.Parse(cells[5], CultureInfo.InvariantCulture));
        Assert.Equal(evaluation.Train.RSquared, double.Parse(cells[8], CultureInfo.InvariantCulture));
        Assert.Equal(evaluation.Validation.Count.ToString(CultureInfo.InvariantCulture), cells[9]);
        Assert.Equal(evaluation.Validation.Rmse, double.Parse(cells[12], CultureInfo.InvariantCulture));
        Assert.Equal(evaluation.Validation.RSquared, double.Parse(cells[17], CultureInfo.InvariantCulture));
        Assert.True(evaluation.Validation.Count > 0);
    }

    [Fact]
    public void FitTableCsv_InformationCriteria_NameTheSpaceTheyWereComputedIn()
    {
        var evaluation = FitSamples.Evaluate();
        var criteria = evaluation.Fit.InformationCriteria!;

        var cells = Rfc4180.Parse(CsvExport.FitTableCsv([FitTableRow.Create("mmlu", FitSamples.Form, evaluation, criteria.Aic, criteria.Bic)]))[1];
        var without = Rfc4180.Parse(CsvExport.FitTableCsv([FitTableRow.Create("mmlu", FitSamples.Form, evaluation)]))[1];

        Assert.Equal("ln(-ln Q')", cells[18]);
        Assert.Equal(string.Empty, without[18]);
    }
}
