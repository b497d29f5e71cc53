namespace ScalingDashboard.Core.Examples;

/// <summary>
/// Table 12 of Krajewski et al. (2025), "Coefficients in Equation 4", transcribed digit for digit, in the paper's
/// row order (which is also the column order of the synthetic ladder CSV). Test-set sizes are not from the paper:
/// they are the item counts of each benchmark's public evaluation split, used only to size the synthetic noise.
/// </summary>
public static class Table12Coefficients
{
    public static IReadOnlyList<BenchmarkCoefficients> All { get; } =
    [
        new("arc_easy", "ARC-E", "acc norm", 1533.4592, 0.3749, 2923.3999, 0.3812, 0.2918, 2376),
        new("arc_challenge", "ARC-C", "acc norm", 19299.0332, 0.4600, 1485.5598, 0.3075, 0.2150, 1172),
        new("sciq", "SciQ", "acc norm", 8337.3408, 0.5125, 40321.4180, 0.5396, 0.3039, 1000),
        new("piqa", "PIQA", "acc norm", 7089.8726, 0.4722, 55.5856, 0.1908, 0.5286, 1838),
        new("hellaswag", "HellaSwag", "acc norm", 1428930.3750, 0.7129, 23078.4102, 0.4476, 0.2518, 10042),
        new("winogrande", "Winogrande", "acc", 22017.3926, 0.4690, 22097.4961, 0.4240, 0.5000, 1267),
        new("webqs", "WebQS", "exact match", 1639.4487, 0.3363, 100.6403, 0.1855, 0.0000, 2032),
        new("triviaqa", "TriviaQA", "exact match", 11691.8994, 0.4424, 10492.5020, 0.3853, 0.0000, 17944),
        new("lambada", "LAMBADA", "acc", 11417.5391, 0.5088, 90.9843, 0.2349, 0.0000, 5153),
        new("gsm8k", "GSM8K", "exact match", 51693336.0000, 0.8205, 9641845.0000, 0.6506, 0.0000, 1319),
        new("humaneval", "HumanEval", "pass@1", 2985.0347, 0.3745, 1341.2744, 0.3002, 0.0000, 164),
        new("lbpp", "LBPP", "pass@1", 3306785.0000, 0.7146, 150.6138, 0.1617, 0.0000, 162),
    ];
}
