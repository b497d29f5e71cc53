using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Statistics.Embedding;

/// <summary>The Open LLM Leaderboard v1's six benchmark columns as rows of a matrix (no missing values in them).</summary>
internal static class LeaderboardBenchmarks
{
    public static readonly string[] Columns = ["arc", "hellaswag", "mmlu", "truthfulqa", "winogrande", "gsm8k"];

    public static double[][] Read()
    {
        var columns = SharedData.ReadNumericColumns(
            SharedData.PathOf("open-llm-leaderboard/open_llm_leaderboard_v1_2024-07-07.csv"), Columns);
        var rows = columns[Columns[0]].Length;
        return Enumerable.Range(0, rows).Select(r => Columns.Select(c => columns[c][r]).ToArray()).ToArray();
    }
}
