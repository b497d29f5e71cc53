using System.Text.Json;
using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Reporting;

/// <summary>
/// The JSON conventions every export shares (the CLI's <c>fit --json</c> and the Explorer's parameter download):
/// JSON has no NaN or infinity, so a non-finite or missing number is written as null, and a missing string as an
/// explicit null so readers find the key either way. One place, so the two outputs cannot drift apart.
/// </summary>
public static class JsonFields
{
    /// <summary>The number, or null when it is missing or not finite (Utf8JsonWriter would throw on NaN).</summary>
    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, double? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Several numbers in order, each as <see cref="WriteNumberOrNull"/>: for rows that are all numbers.</summary>
    public static void WriteNumbersOrNull(this Utf8JsonWriter json, params ReadOnlySpan<(string Name, double? Value)> members)
    {
        foreach (var (name, value) in members)
        {
            json.WriteNumberOrNull(name, value);
        }
    }

    /// <summary>The string, or an explicit null.</summary>
    public static void WriteStringOrNull(this Utf8JsonWriter json, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>
    /// <c>{ "n", "mae", "mre", "rmse" [, "r2"] }</c> for a set of points (issue 3's layout: R² only where it means
    /// something, i.e. on the points the curve was fitted to, unless the caller asks for it everywhere).
    /// </summary>
    public static void WriteMetrics(this Utf8JsonWriter json, string name, ErrorMetrics metrics, bool withRSquared)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(metrics);
        json.WriteStartObject(name);
        json.WriteNumber("n", metrics.Count);
        json.WriteNumberOrNull("mae", metrics.Mae);
        json.WriteNumberOrNull("mre", metrics.Mre);
        json.WriteNumberOrNull("rmse", metrics.Rmse);
        if (withRSquared)
        {
            json.WriteNumberOrNull("r2", metrics.RSquared);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// <c>"parameters": { name: value }</c> and <c>"standardErrors": { name: error or null }</c>, in the form's order
    /// (issue 3's layout, shared by every export of a fit).
    /// </summary>
    public static void WriteParameters(this Utf8JsonWriter json, IReadOnlyList<ParameterEstimate> parameters)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(parameters);
        json.WriteStartObject("parameters");
        foreach (var p in parameters)
        {
            json.WriteNumberOrNull(p.Name, p.Value);
        }

        json.WriteEndObject();
        json.WriteStartObject("standardErrors");
        foreach (var p in parameters)
        {
            json.WriteNumberOrNull(p.Name, p.StandardError);
        }

        json.WriteEndObject();
    }

    /// <summary>An object named <paramref name="name"/>, its members written by <paramref name="writeMembers"/>; an explicit null when there is no value.</summary>
    public static void WriteObjectOrNull<T>(this Utf8JsonWriter json, string name, T? value, Action<T> writeMembers)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(writeMembers);
        if (value is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        writeMembers(value);
        json.WriteEndObject();
    }

    /// <summary>An array of strings named <paramref name="name"/>.</summary>
    public static void WriteStrings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(values);
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>An array named <paramref name="name"/> of one object per item, its members written by <paramref name="writeMembers"/>.</summary>
    public static void WriteObjects<T>(this Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> writeMembers)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeMembers);
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeMembers(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
