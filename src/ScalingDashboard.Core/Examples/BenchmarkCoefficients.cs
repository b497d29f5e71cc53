namespace ScalingDashboard.Core.Examples;

/// <summary>
/// Fitted coefficients of Eq 4, <c>-ln Q' = A / N^alpha + B / D^beta</c>, for one benchmark (Krajewski et al.
/// 2025, Table 12), plus the benchmark's public test-set size, which sets the scale of the synthetic sampling noise.
/// </summary>
/// <param name="Column">Column name in the synthetic CSV (snake_case).</param>
/// <param name="Benchmark">Benchmark name as printed in Table 12.</param>
/// <param name="MetricType">Metric as printed in Table 12 (acc norm, acc, exact match, pass@1).</param>
/// <param name="A">Coefficient of the parameter term.</param>
/// <param name="Alpha">Exponent of the parameter term.</param>
/// <param name="B">Coefficient of the data term.</param>
/// <param name="Beta">Exponent of the data term.</param>
/// <param name="QRandom">Random-guess accuracy used by the paper's Eq 3 normalisation (Table 12, last column).</param>
/// <param name="TestSetSize">Number of items in the benchmark's public test (or validation) split.</param>
public sealed record BenchmarkCoefficients(
    string Column,
    string Benchmark,
    string MetricType,
    double A,
    double Alpha,
    double B,
    double Beta,
    double QRandom,
    int TestSetSize);
