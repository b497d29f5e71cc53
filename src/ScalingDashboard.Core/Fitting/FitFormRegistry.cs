using System.Diagnostics.CodeAnalysis;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Fitting;

/// <summary>Every available fit form by its stable id. Immutable; <see cref="Default"/> holds the built-in forms.</summary>
public sealed class FitFormRegistry
{
    private readonly Dictionary<string, IFitForm> _byId;

    public FitFormRegistry(IEnumerable<IFitForm> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var list = forms.ToArray();
        _byId = new Dictionary<string, IFitForm>(StringComparer.Ordinal);
        foreach (var form in list)
        {
            if (!_byId.TryAdd(form.Id, form))
            {
                throw new ArgumentException($"Two forms share the id '{form.Id}'.", nameof(forms));
            }
        }

        All = list;
    }

    /// <summary>The built-in forms.</summary>
    public static FitFormRegistry Default { get; } = new(
    [
        new LogAccuracyPowerLawForm(),
        new LogAccuracyPowerLawHuberForm(),
        new LogAccuracyPowerLawCeilingForm(),
        new LogLinearForm(),
        new LogLogForm(),
        new SigmoidForm(),
        new BnslForm(),
        new ParamsTokensForm(),
        new ParamsTokensCeilingForm(),
        new PassAtKForm(),
        new TwoStageLinearForm(),
        new TwoStageLogisticForm(),
        new LossParamsTokensForm(),
    ]);

    /// <summary>Forms in registration order (the order a UI lists them).</summary>
    public IReadOnlyList<IFitForm> All { get; }

    /// <summary>Ids in registration order, e.g. for a CLI error message.</summary>
    public IReadOnlyList<string> Ids => All.Select(f => f.Id).ToArray();

    public bool TryGet(string id, [MaybeNullWhen(false)] out IFitForm form)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out form);
    }

    /// <exception cref="KeyNotFoundException">With the list of known ids.</exception>
    public IFitForm Get(string id) =>
        TryGet(id, out var form)
            ? form
            : throw new KeyNotFoundException($"Unknown fit form '{id}'. Known forms: {string.Join(", ", Ids)}.");
}
