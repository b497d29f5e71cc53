namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// A trained neural collaborative filter (see <see cref="NeuralCollaborativeFiltering"/>). Besides plain prediction it
/// predicts with some design factors masked as the seed's C.3 does for Shapley values: a masked numerical factor
/// enters as 0 (its mean, since factors are standardised), a masked categorical factor's embedding as zeros.
/// Prediction reuses one scratch buffer: call it from one thread at a time.
/// </summary>
public sealed class NcfModel : ICompletionModel
{
    public const int Hidden1 = 32;
    public const int Hidden2 = 16;
    public const int FactorEmbedding = 4;

    private readonly ScoreMatrix _matrix;
    private readonly MatrixFactor[] _factors;
    private readonly bool[] _factorOfTask;
    private readonly double[]?[] _factorEmbeddings;
    private readonly int _latent;
    private readonly int _inputs;
    private readonly bool _modelIds;
    private readonly bool _taskIds;
    private readonly double[] _p;
    private readonly double[] _q;
    private readonly double[] _w1;
    private readonly double[] _b1 = new double[Hidden1];
    private readonly double[] _w2 = new double[Hidden2 * Hidden1];
    private readonly double[] _b2 = new double[Hidden2];
    private readonly double[] _w3 = new double[Hidden2];
    private readonly double[] _b3 = new double[1];
    private readonly bool[] _allPresent;
    private readonly int[] _gradientOfFactor;
    private readonly int _categoricalCount;
    private readonly Work _predictWork;

    internal NcfModel(ScoreMatrix matrix, NcfInputs inputs, int latent, double mean, MatrixRandom random)
    {
        _matrix = matrix;
        _latent = latent;
        var useFactors = inputs != NcfInputs.Ids;
        _factors = useFactors ? [.. matrix.ModelFactors, .. matrix.TaskFactors] : [];
        _factorOfTask = useFactors ? [.. matrix.ModelFactors.Select(_ => false), .. matrix.TaskFactors.Select(_ => true)] : [];
        _modelIds = inputs != NcfInputs.FactorsOnly || matrix.ModelFactors.Count == 0;
        _taskIds = inputs != NcfInputs.FactorsOnly || matrix.TaskFactors.Count == 0;
        _p = new double[_modelIds ? matrix.ModelCount * latent : 0];
        _q = new double[_taskIds ? matrix.TaskCount * latent : 0];
        random.Fill(_p, 0.1);
        random.Fill(_q, 0.1);
        _factorEmbeddings = new double[]?[_factors.Length];
        for (var f = 0; f < _factors.Length; f++)
        {
            if (_factors[f].Kind == FactorKind.Categorical)
            {
                _factorEmbeddings[f] = new double[_factors[f].LevelNames.Count * FactorEmbedding];
                random.Fill(_factorEmbeddings[f]!, 0.1);
            }
        }

        _inputs = (_modelIds ? latent : 0) + (_taskIds ? latent : 0)
            + _factors.Sum(f => f.Kind == FactorKind.Categorical ? FactorEmbedding : 1);
        _w1 = new double[Hidden1 * _inputs];
        random.Fill(_w1, Math.Sqrt(2.0 / Math.Max(1, _inputs))); // He initialisation for ReLU layers
        random.Fill(_w2, Math.Sqrt(2.0 / Hidden1));
        random.Fill(_w3, Math.Sqrt(1.0 / Hidden2));
        var clamped = Math.Clamp(mean, 0.01, 0.99);
        _b3[0] = Math.Log(clamped / (1 - clamped)); // start at the mean score
        _allPresent = Enumerable.Repeat(true, _factors.Length).ToArray();
        _gradientOfFactor = new int[_factors.Length];
        for (var f = 0; f < _factors.Length; f++)
        {
            _gradientOfFactor[f] = _factorEmbeddings[f] is null ? -1 : 2 + _categoricalCount++;
        }

        _predictWork = CreateWork();
        // Backward relies on this order: embeddings, then the categorical factors' embeddings, then the dense layers.
        Parameters = [_p, _q, .. _factorEmbeddings.Where(e => e is not null).Select(e => e!), _w1, _b1, _w2, _b2, _w3, _b3];
    }

    /// <summary>The factors the network reads, model factors first, in the order masks refer to them.</summary>
    public IReadOnlyList<MatrixFactor> Factors => _factors;

    internal IReadOnlyList<double[]> Parameters { get; }

    public double Predict(int model, int task) => Forward(model, task, _allPresent, _predictWork);

    /// <summary>The prediction with factor f left out wherever <paramref name="present"/>[f] is false (seed C.3 masking).</summary>
    public double Predict(int model, int task, IReadOnlyList<bool> present)
    {
        ArgumentNullException.ThrowIfNull(present);
        if (present.Count != _factors.Length)
        {
            throw new ArgumentException($"Expected {_factors.Length} flags, one per factor.", nameof(present));
        }

        return Forward(model, task, present, _predictWork);
    }

    internal Work CreateWork() => new(_inputs);

    /// <summary>One <see cref="TouchedRows"/> per embedding table in <see cref="Parameters"/> order, null for a dense layer.</summary>
    internal TouchedRows?[] CreateTouchedRows() =>
    [
        new(_modelIds ? _matrix.ModelCount : 0, _latent), new(_taskIds ? _matrix.TaskCount : 0, _latent),
        .. _factors.Where((_, f) => _factorEmbeddings[f] is not null).Select(f => new TouchedRows(f.LevelNames.Count, FactorEmbedding)),
        null, null, null, null, null, null,
    ];

    /// <summary>Marks the embedding rows <paramref name="cell"/> reads (zeroing their gradients on first use in the batch).</summary>
    internal void Touch(MatrixCell cell, TouchedRows?[] touched, double[][] gradients)
    {
        if (_modelIds)
        {
            touched[0]!.Touch(cell.Model, gradients[0]);
        }

        if (_taskIds)
        {
            touched[1]!.Touch(cell.Task, gradients[1]);
        }

        for (var f = 0; f < _factors.Length; f++)
        {
            if (_factorEmbeddings[f] is not null && _factors[f].Levels[Entity(f, cell.Model, cell.Task)] is var level and >= 0)
            {
                touched[_gradientOfFactor[f]]!.Touch(level, gradients[_gradientOfFactor[f]]);
            }
        }
    }

    /// <summary>Adds the gradient of scale * (prediction - target)² (and the embeddings' L2 terms) to <paramref name="gradients"/>.</summary>
    internal void Backward(MatrixCell cell, double target, double scale, double l2, double[][] gradients, Work w)
    {
        var y = Forward(cell.Model, cell.Task, _allPresent, w);
        var dOut = scale * 2 * (y - target) * y * (1 - y);
        var (gp, gq) = (gradients[0], gradients[1]);
        var index = 2 + _categoricalCount;
        var (gw1, gb1, gw2, gb2, gw3, gb3) = (gradients[index], gradients[index + 1], gradients[index + 2], gradients[index + 3],
            gradients[index + 4], gradients[index + 5]);
        gb3[0] += dOut;
        for (var h = 0; h < Hidden2; h++)
        {
            gw3[h] += dOut * w.A2[h];
            w.D2[h] = w.Z2[h] > 0 ? dOut * _w3[h] : 0;
        }

        Array.Clear(w.D1);
        for (var h = 0; h < Hidden2; h++)
        {
            var d = w.D2[h];
            if (d == 0)
            {
                continue;
            }

            gb2[h] += d;
            var row = h * Hidden1;
            for (var g = 0; g < Hidden1; g++)
            {
                gw2[row + g] += d * w.A1[g];
                w.D1[g] += d * _w2[row + g];
            }
        }

        Array.Clear(w.DX);
        for (var g = 0; g < Hidden1; g++)
        {
            var d = w.Z1[g] > 0 ? w.D1[g] : 0;
            if (d == 0)
            {
                continue;
            }

            gb1[g] += d;
            var row = g * _inputs;
            for (var k = 0; k < _inputs; k++)
            {
                gw1[row + k] += d * w.X[k];
                w.DX[k] += d * _w1[row + k];
            }
        }

        var offset = 0;
        if (_modelIds)
        {
            Scatter(w.DX, offset, gp, _p, cell.Model * _latent, _latent, scale * 2 * l2);
            offset += _latent;
        }

        if (_taskIds)
        {
            Scatter(w.DX, offset, gq, _q, cell.Task * _latent, _latent, scale * 2 * l2);
            offset += _latent;
        }

        for (var f = 0; f < _factors.Length; f++)
        {
            if (_factors[f].Kind == FactorKind.Numerical)
            {
                offset++;
                continue;
            }

            var level = _factors[f].Levels[Entity(f, cell.Model, cell.Task)];
            if (level >= 0)
            {
                Scatter(w.DX, offset, gradients[_gradientOfFactor[f]], _factorEmbeddings[f]!, level * FactorEmbedding, FactorEmbedding, scale * 2 * l2);
            }

            offset += FactorEmbedding;
        }
    }

    private static void Scatter(double[] dx, int offset, double[] gradient, double[] values, int at, int length, double decay)
    {
        for (var k = 0; k < length; k++)
        {
            gradient[at + k] += dx[offset + k] + (decay * values[at + k]);
        }
    }

    private int Entity(int factor, int model, int task) => _factorOfTask[factor] ? task : model;

    private double Forward(int model, int task, IReadOnlyList<bool> present, Work w)
    {
        var x = w.X;
        var offset = 0;
        if (_modelIds)
        {
            Array.Copy(_p, model * _latent, x, offset, _latent);
            offset += _latent;
        }

        if (_taskIds)
        {
            Array.Copy(_q, task * _latent, x, offset, _latent);
            offset += _latent;
        }

        for (var f = 0; f < _factors.Length; f++)
        {
            var entity = Entity(f, model, task);
            if (_factors[f].Kind == FactorKind.Numerical)
            {
                x[offset++] = present[f] ? _factors[f].Values[entity] : 0;
                continue;
            }

            var level = _factors[f].Levels[entity];
            if (present[f] && level >= 0)
            {
                Array.Copy(_factorEmbeddings[f]!, level * FactorEmbedding, x, offset, FactorEmbedding);
            }
            else
            {
                Array.Clear(x, offset, FactorEmbedding);
            }

            offset += FactorEmbedding;
        }

        for (var g = 0; g < Hidden1; g++)
        {
            var sum = _b1[g];
            var row = g * _inputs;
            for (var k = 0; k < _inputs; k++)
            {
                sum += _w1[row + k] * x[k];
            }

            w.Z1[g] = sum;
            w.A1[g] = sum > 0 ? sum : 0;
        }

        var output = _b3[0];
        for (var h = 0; h < Hidden2; h++)
        {
            var sum = _b2[h];
            var row = h * Hidden1;
            for (var g = 0; g < Hidden1; g++)
            {
                sum += _w2[row + g] * w.A1[g];
            }

            w.Z2[h] = sum;
            w.A2[h] = sum > 0 ? sum : 0;
            output += _w3[h] * w.A2[h];
        }

        return 1 / (1 + Math.Exp(-output));
    }

    /// <summary>Scratch buffers of one forward and backward pass, reused so training allocates nothing per cell.</summary>
    internal sealed class Work(int inputs)
    {
        public double[] X { get; } = new double[inputs];

        public double[] DX { get; } = new double[inputs];

        public double[] Z1 { get; } = new double[Hidden1];

        public double[] A1 { get; } = new double[Hidden1];

        public double[] D1 { get; } = new double[Hidden1];

        public double[] Z2 { get; } = new double[Hidden2];

        public double[] A2 { get; } = new double[Hidden2];

        public double[] D2 { get; } = new double[Hidden2];
    }
}
