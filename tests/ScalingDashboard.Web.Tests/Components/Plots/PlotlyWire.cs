using System.Reflection;
using System.Text.Json;
using Plotly.Blazor.Traces;

namespace ScalingDashboard.Web.Tests.Components.Plots;

/// <summary>
/// Runs a trace or layout through the step Plotly.Blazor takes before every call to the browser
/// (Extensions.PrepareJsInterop: JSON out, then back in with numbers read as decimal), and returns the JSON that
/// reaches the browser. That step is where a number beyond decimal's range throws and ends the circuit.
/// </summary>
internal static class PlotlyWire
{
    private static readonly MethodInfo Prepare = typeof(Scatter).Assembly.GetType("Plotly.Blazor.Extensions", throwOnError: true)!
        .GetMethod("PrepareJsInterop", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;

    public static string Json<T>(T value)
        where T : notnull
    {
        try
        {
            var prepared = Prepare.MakeGenericMethod(typeof(T)).Invoke(null, [value, null]);
            return JsonSerializer.Serialize(prepared);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    /// <summary>The array at <paramref name="path"/> (property names) in the JSON the browser gets: numbers as double, text as string.</summary>
    public static IReadOnlyList<object?> Array(string json, params string[] path)
    {
        using var document = JsonDocument.Parse(json);
        var element = document.RootElement;
        foreach (var name in path)
        {
            element = element.ValueKind == JsonValueKind.Array ? element[0].GetProperty(name) : element.GetProperty(name);
        }

        return element.EnumerateArray().Select(e => e.ValueKind switch
        {
            JsonValueKind.Number => (object?)e.GetDouble(),
            JsonValueKind.String => e.GetString(),
            _ => null,
        }).ToList();
    }
}
