using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// The 7,169-row Open LLM Leaderboard v1 table, prepared as the Explorer prepares an upload, or the seeded stand-in
/// of the same shape (<see cref="LeaderboardReadBenchmarks.StandIn"/>) when the shared file is absent.
/// </summary>
public static class LeaderboardTable
{
    public const string SharedFile = "open-llm-leaderboard/open_llm_leaderboard_v1_2024-07-07.csv";

    /// <summary>The analysis a user runs on it in the Explorer: mmlu against params_b.</summary>
    public static AnalysisSpec Spec(string form) => new() { Benchmarks = ["mmlu"], X = "params_b", Forms = [form] };

    public static Leaderboard Load()
    {
        var path = LadderData.Find(SharedFile);
        var text = path is null ? LeaderboardReadBenchmarks.StandIn() : File.ReadAllText(path);
        if (path is null)
        {
            Console.WriteLine("// shared data absent: benchmarking the synthetic stand-in of the leaderboard");
        }

        return AnalysisTable.Prepare(LeaderboardReader.Read(text).Leaderboard!);
    }
}
