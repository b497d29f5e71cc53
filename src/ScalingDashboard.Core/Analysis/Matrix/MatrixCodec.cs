using System.Globalization;
using ScalingDashboard.Core.Analysis.Links;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// The one text form of a <see cref="MatrixSpec"/>: the query part of a Matrix page link and the CLI's
/// <c>complete --view "QUERY"</c>. Defaults are left out; reading never throws (each unusable value keeps its default
/// and adds one plain-words problem). This list is the only place that names the link keys.
/// </summary>
public static class MatrixCodec
{
    private static readonly MatrixSpec Defaults = new();

    private static readonly (string Name, MatrixForm Value)[] FormNames = [("wide", MatrixForm.Wide), ("long", MatrixForm.Long)];

    private static readonly (string Name, MatrixMethod Value)[] MethodNames =
        [("mf", MatrixMethod.Mf), ("ncf", MatrixMethod.Ncf), ("ncf-factors", MatrixMethod.NcfFactors), ("factors", MatrixMethod.FactorsOnly)];

    private static readonly (string Name, MatrixPerspective Value)[] PerspectiveNames =
    [
        ("none", MatrixPerspective.None), ("cpp0", MatrixPerspective.Cpp0), ("cpp2", MatrixPerspective.Cpp2),
        ("t0", MatrixPerspective.T0), ("t2", MatrixPerspective.T2),
    ];

    public static IReadOnlyList<LinkField<MatrixSpec>> Fields { get; } =
    [
        new("dataset", s => Blank(s.DatasetId), (s, _, r) => s with { DatasetId = r.Text("dataset") }),
        new("form", s => s.Form == Defaults.Form ? null : Name(FormNames, s.Form),
            (s, _, r) => r.Choice("form", FormNames) is { } v ? s with { Form = v } : s),
        new("model", s => Blank(s.ModelColumn), (s, _, r) => s with { ModelColumn = r.Text("model") }),
        new("tasks", s => s.Tasks.Count == 0 ? null : LinkListCodec.Join(s.Tasks), (s, _, r) => s with { Tasks = r.Names("tasks") ?? s.Tasks }),
        new("task", s => Blank(s.TaskColumn), (s, _, r) => s with { TaskColumn = r.Text("task") }),
        new("score", s => Blank(s.ScoreColumn), (s, _, r) => s with { ScoreColumn = r.Text("score") }),
        new("method", s => s.Method == Defaults.Method ? null : MethodName(s.Method),
            (s, _, r) => r.Choice("method", MethodNames) is { } v ? s with { Method = v } : s),
        new("latent", s => s.Latent == Defaults.Latent ? null : Whole(s.Latent),
            (s, _, r) => r.WholeNumber("latent", MatrixSpec.LatentRange) is { } v ? s with { Latent = v } : s),
        new("l2", s => s.L2.Equals(Defaults.L2) ? null : Number(s.L2),
            (s, _, r) => r.Number("l2", MatrixSpec.L2Range) is { } v ? s with { L2 = v } : s),
        new("lr", s => s.LearningRate.Equals(Defaults.LearningRate) ? null : Number(s.LearningRate), ReadLearningRate),
        new("epochs", s => s.Epochs == Defaults.Epochs ? null : Whole(s.Epochs),
            (s, _, r) => r.WholeNumber("epochs", MatrixSpec.EpochsRange) is { } v ? s with { Epochs = v } : s),
        new("holdout", s => s.Holdout.Equals(Defaults.Holdout) ? null : Number(s.Holdout),
            (s, _, r) => r.Number("holdout", MatrixSpec.HoldoutRange) is { } v ? s with { Holdout = v } : s),
        new("seeds", s => s.Seeds == Defaults.Seeds ? null : Whole(s.Seeds),
            (s, _, r) => r.WholeNumber("seeds", MatrixSpec.SeedsRange) is { } v ? s with { Seeds = v } : s),
        new("seed", s => s.Seed == Defaults.Seed ? null : Whole(s.Seed), (s, _, r) => r.WholeNumber("seed") is { } v ? s with { Seed = v } : s),
        new("persp", s => s.Perspective == Defaults.Perspective ? null : Name(PerspectiveNames, s.Perspective),
            (s, _, r) => r.Choice("persp", PerspectiveNames) is { } v ? s with { Perspective = v } : s),
        new("select", s => Blank(s.Selected), (s, _, r) => s with { Selected = r.Text("select") }),
        new("factors", s => s.ModelFactors.Count == 0 ? null : LinkListCodec.Join(s.ModelFactors),
            (s, _, r) => s with { ModelFactors = r.Names("factors") ?? s.ModelFactors }),
        new("tfactors", s => s.TaskFactors.Count == 0 ? null : LinkListCodec.Join(s.TaskFactors),
            (s, _, r) => s with { TaskFactors = r.Names("tfactors") ?? s.TaskFactors }),
        new("tdata", s => Blank(s.TaskFactorDatasetId), (s, _, r) => s with { TaskFactorDatasetId = r.Text("tdata") }),
    ];

    public static LinkCodec<MatrixSpec> Codec { get; } = new(Fields, Defaults);

    /// <summary>The method's word in a link and on the CLI (<c>mf</c>, <c>ncf</c>, <c>ncf-factors</c>, <c>factors</c>).</summary>
    public static string MethodName(MatrixMethod method) => Name(MethodNames, method) ?? "mf";

    /// <summary>The perspective's word (<c>none</c>, <c>cpp0</c>, <c>cpp2</c>, <c>t0</c>, <c>t2</c>).</summary>
    public static string PerspectiveName(MatrixPerspective perspective) => Name(PerspectiveNames, perspective) ?? "none";

    /// <summary>"method=ncf&amp;latent=8&amp;..." for <paramref name="spec"/>; "" for the default view.</summary>
    public static string Format(MatrixSpec spec) => Codec.Format(spec);

    /// <summary>The view a query describes, with one line per ignored part. Never throws.</summary>
    public static LinkParse<MatrixSpec> Parse(string? query) => Codec.Parse(query);

    private static MatrixSpec ReadLearningRate(MatrixSpec spec, string raw, LinkReader reader)
    {
        if (reader.Number("lr", MatrixSpec.LearningRateRange) is not { } rate)
        {
            return spec;
        }

        if (rate == 0)
        {
            reader.Problem("lr", raw, "must be above 0");
            return spec;
        }

        return spec with { LearningRate = rate };
    }

    private static string? Name<T>(IEnumerable<(string Name, T Value)> names, T value)
        where T : struct => names.Where(n => n.Value.Equals(value)).Select(n => n.Name).FirstOrDefault();

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
