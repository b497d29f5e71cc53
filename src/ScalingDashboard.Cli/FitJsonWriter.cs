using ScalingDashboard.Core.Reporting;

namespace ScalingDashboard.Cli;

/// <summary>Writes one fit as the JSON documented in issue 3 (<see cref="FitJson"/> holds the members every export shares).</summary>
internal static class FitJsonWriter
{
    public static void Write(FitReport report, TextWriter stdout) =>
        stdout.WriteLine(AnalysisJson.WriteObject(json => FitJson.WriteMembers(json, report.Fit, report.Data, report.Spec)));
}
