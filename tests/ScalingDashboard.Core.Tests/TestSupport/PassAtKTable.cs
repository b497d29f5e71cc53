using System.Globalization;
using System.Text;

namespace ScalingDashboard.Core.Tests.TestSupport;

/// <summary>
/// A noise-free pass@k table in the long layout (one row per run and k): 8 compute budgets x k = 1, 2, 4, 8, 16,
/// score from seed 003 Eq 5 with HumanEval-like coefficients, and a "loss" column (2.1-3.5, never whole) that a user
/// might pick as k by mistake. Linked into the CLI tests so both faces read the same rows.
/// </summary>
internal static class PassAtKTable
{
    public const int Rows = 40;

    private static readonly double[] Truth = [Math.Exp(8.9), -0.17, 1.2, -0.028];

    /// <summary>The CSV text; the first <paramref name="halfK"/> rows get k + 0.5 (not a number of samples).</summary>
    public static string Csv(int halfK = 0)
    {
        var text = new StringBuilder("model,flops,k,loss,score\n");
        var row = 0;
        foreach (var flops in (double[])[1e19, 2e19, 5e19, 1e20, 3e20, 1e21, 2e21, 5e21])
        {
            foreach (var k in (double[])[1, 2, 4, 8, 16])
            {
                var score = Math.Exp(-Math.Exp(Math.Log(Truth[0]) + Truth[1] * Math.Log(flops) + Truth[2] * Math.Log(k)
                    + Truth[3] * Math.Log(flops) * Math.Log(k)));
                var shownK = row < halfK ? k + 0.5 : k;
                var loss = 3.5 - 0.035 * row - 0.0001;
                text.Append(CultureInfo.InvariantCulture, $"run-{row:00},{flops:R},{shownK:R},{loss:R},{score:R}\n");
                row++;
            }
        }

        return text.ToString();
    }
}
