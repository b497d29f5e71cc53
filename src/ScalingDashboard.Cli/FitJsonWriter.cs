using ScalingDashboard.Core.Reporting;

namespace ScalingDashboard.Cli;

/// <summary>Writes one fit as the JSON documented in issue 3 (<see cref="FitJson"/> holds the members every export shares).</summary>
internal static class FitJsonWriter
{
    public static void Write(FitReport report, TextWriter stdout) =>
        stdout.WriteLine(AnalysisJson.WriteObject(json =>
        {
            FitJson.WriteMembers(json, report.Fit, report.Data, report.Spec);
            // Only with --optimal-at, so every other fit's JSON stays as it was.
            if (report.Optimal.Count > 0)
            {
                json.WriteObjects("optimal", report.Optimal, a =>
                {
                    json.WriteNumberOrNull("compute", a.Compute);
                    json.WriteNumberOrNull("n", a.Parameters);
                    json.WriteNumberOrNull("d", a.Tokens);
                    json.WriteNumberOrNull("tokensPerParameter", a.TokensPerParameter);
                    json.WriteNumberOrNull("loss", a.Loss);
                });
            }
        }));
}
