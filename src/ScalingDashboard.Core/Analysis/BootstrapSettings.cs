namespace ScalingDashboard.Core.Analysis;

/// <summary>A seeded bootstrap over runs (whole groups when the analysis is grouped); 0 resamples is off, otherwise 2 to 100000.</summary>
public sealed record BootstrapSettings
{
    /// <summary>The Explorer's band: enough for a 95% band to settle, quick enough to follow a slider.</summary>
    public const int DefaultResamples = 200;

    /// <summary>
    /// The default for the loss law (loss-params-tokens): its refits start from the full-data optimum, so 4,000
    /// resamples (enough for 95% percentile intervals of five parameters and the allocation exponents to settle to
    /// about 0.01 of their width) take seconds. The on-switch (boot=1, i.e. <see cref="DefaultResamples"/>) means this
    /// for that form; any other count is used as asked.
    /// </summary>
    public const int LossLawDefaultResamples = 4000;

    public const int DefaultSeed = 20251209;

    /// <summary>
    /// The counts that turn the bootstrap on (0 turns it off). One resample gives no interval; a link's <c>boot=1</c>
    /// is the on-switch, so 1 is never a count.
    /// </summary>
    public static SpecRange<int> ResamplesRange { get; } = new(2, 100_000);

    public static BootstrapSettings Off { get; } = new();

    public int Resamples
    {
        get;
        init => field = value == 0 || ResamplesRange.Contains(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Resamples), value, $"0 (off) or between {ResamplesRange.Min} and {ResamplesRange.Max}.");
    }

    public int Seed { get; init; } = DefaultSeed;

    public bool IsOn => Resamples > 0;

    /// <summary>Resamples for a fit of the form <paramref name="formId"/>: the default count means the form's own default.</summary>
    public int ResamplesFor(string formId) =>
        Resamples == DefaultResamples && string.Equals(formId, Fitting.Forms.LossParamsTokensForm.FormId, StringComparison.Ordinal)
            ? LossLawDefaultResamples
            : Resamples;
}
