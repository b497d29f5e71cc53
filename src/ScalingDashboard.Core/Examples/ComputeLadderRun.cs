using System.Globalization;

namespace ScalingDashboard.Core.Examples;

/// <summary>
/// One training run of the compute ladder in Krajewski et al. (2025), "Revisiting the Scaling Properties of
/// Downstream Metrics in Large Language Model Training", Appendix G, Tables 7-9. The size columns are kept as the
/// paper prints them (<c>17.58B</c>, <c>3.77e+22</c>, <c>357.4B</c>) so the example CSV reproduces the source
/// text exactly; the numeric properties are parsed from that text so the two can never disagree.
/// </summary>
public sealed class ComputeLadderRun
{
    public ComputeLadderRun(
        string id,
        int sourceTable,
        string paramsText,
        string flopsText,
        string tokensText,
        int layers,
        int hiddenDim,
        int heads,
        string dataset)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(paramsText);
        ArgumentException.ThrowIfNullOrWhiteSpace(flopsText);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokensText);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataset);

        Id = id;
        SourceTable = sourceTable;
        ParamsText = paramsText;
        FlopsText = flopsText;
        TokensText = tokensText;
        Layers = layers;
        HiddenDim = hiddenDim;
        Heads = heads;
        Dataset = dataset;
        Parameters = ParseBillions(paramsText);
        Tokens = ParseBillions(tokensText);
        Flops = double.Parse(flopsText, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Stable row id (<c>run-001</c> ...), in the order the rows appear in Tables 7, 8, 9.</summary>
    public string Id { get; }

    /// <summary>The paper table (7, 8 or 9) the row was transcribed from, kept for provenance.</summary>
    public int SourceTable { get; }

    public string ParamsText { get; }

    public string FlopsText { get; }

    public string TokensText { get; }

    public int Layers { get; }

    public int HiddenDim { get; }

    public int Heads { get; }

    /// <summary>The paper's "datasets" cell: <c>DCLM+code+math</c> or <c>DCLM+code+math, C4</c>.</summary>
    public string Dataset { get; }

    /// <summary>Model parameters N as a raw count (17.58B becomes 1.758e10).</summary>
    public double Parameters { get; }

    /// <summary>Training tokens D as a raw count.</summary>
    public double Tokens { get; }

    /// <summary>Training compute C in FLOPs.</summary>
    public double Flops { get; }

    // Parsing "17.58e9" rather than multiplying 17.58 by 1e9 gives the correctly rounded double for the printed
    // decimal, so the tests can recompute Eq 4 from literals like 17.58e9 and agree to the last bit.
    private static double ParseBillions(string text)
    {
        if (!text.EndsWith('B'))
        {
            throw new FormatException($"Expected a size in billions ending in 'B', got '{text}'.");
        }

        return double.Parse(text[..^1] + "e9", NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
