using System.Text;
using System.Text.Json;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Reporting;

namespace ScalingDashboard.Core.Tests.Reporting;

public class JsonFieldsTests
{
    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void WriteNumberOrNull_NonFiniteOrMissing_BecomesNull()
    {
        var text = Write(json =>
        {
            json.WriteNumberOrNull("nan", double.NaN);
            json.WriteNumberOrNull("inf", double.PositiveInfinity);
            json.WriteNumberOrNull("missing", null);
            json.WriteNumberOrNull("value", 0.25);
            json.WriteStringOrNull("none", null);
            json.WriteStringOrNull("text", "a<b");
        });

        Assert.Equal("""{"nan":null,"inf":null,"missing":null,"value":0.25,"none":null,"text":"a\u003Cb"}""", text);
    }

    [Fact]
    public void WriteMetrics_RSquared_OnlyWhenAsked()
    {
        var metrics = new ErrorMetrics(3, 0.01, 0.02, double.NaN, 0.9);

        Assert.Equal("""{"m":{"n":3,"mae":0.01,"mre":0.02,"rmse":null,"r2":0.9}}""", Write(json => json.WriteMetrics("m", metrics, withRSquared: true)));
        Assert.Equal("""{"m":{"n":3,"mae":0.01,"mre":0.02,"rmse":null}}""", Write(json => json.WriteMetrics("m", metrics, withRSquared: false)));
    }

    [Fact]
    public void WriteObjects_Items_OneObjectEach()
    {
        Assert.Equal("""{"xs":[{"x":1},{"x":2}]}""", Write(json => json.WriteObjects("xs", new[] { 1.0, 2.0 }, x => json.WriteNumberOrNull("x", x))));
    }

    [Fact]
    public void WriteParameters_ValuesAndErrors_TwoObjectsInFormOrder()
    {
        ParameterEstimate[] parameters = [new("A", 5000, 900), new("alpha", 0.2, null), new("Qrandom", 0.25, null)];

        Assert.Equal("""{"parameters":{"A":5000,"alpha":0.2,"Qrandom":0.25},"standardErrors":{"A":900,"alpha":null,"Qrandom":null}}""",
            Write(json => json.WriteParameters(parameters)));
    }
}
