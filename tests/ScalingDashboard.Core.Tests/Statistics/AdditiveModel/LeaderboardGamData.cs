using System.Globalization;
using CsvHelper;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Statistics.AdditiveModel;

/// <summary>
/// The seed-002 GAMM data from the shared leaderboard, as <c>Fixtures/mgcv_reference.R</c> prepares it: rows with
/// params_b &gt; 0, x = ln(params_b), y = ln(hellaswag percent), the architecture and the training type.
/// </summary>
internal static class LeaderboardGamData
{
    public const string Folder = "open-llm-leaderboard";

    public static (List<double> X, List<double> Y, List<string> Architecture, List<string> Type) Load()
    {
        using var reader = new StreamReader(SharedData.PathOf($"{Folder}/open_llm_leaderboard_v1_2024-07-07.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var (x, y, architecture, type) = (new List<double>(), new List<double>(), new List<string>(), new List<string>());
        while (csv.Read())
        {
            var parameters = double.Parse(csv.GetField("params_b")!, CultureInfo.InvariantCulture);
            if (parameters > 0)
            {
                x.Add(Math.Log(parameters));
                y.Add(Math.Log(double.Parse(csv.GetField("hellaswag")!, CultureInfo.InvariantCulture)));
                architecture.Add(csv.GetField("architecture")!);
                type.Add(csv.GetField("type")!);
            }
        }

        return (x, y, architecture, type);
    }
}
