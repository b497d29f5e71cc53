using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace ScalingDashboard.LoadTest;

/// <summary>The fault run's counts: printed and written as JSON.</summary>
internal sealed class FaultReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, IncludeFields = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public int Seed { get; init; }

    public double LoadAverageAtStart { get; init; }

    public double LoadAverageAtEnd { get; set; }

    public ConcurrentQueue<string> Kills { get; } = new();

    public int KillsDuringUpload => Kills.Count(k => k.Contains(": during an upload", StringComparison.Ordinal));

    public int ServerStarts { get; set; }

    /// <summary>Uploads whose link the app showed: every one is recorded and must survive.</summary>
    public int LinksRecorded { get; set; }

    /// <summary>Recorded links whose fingerprint was taken only after a restart (a kill came between link and export).</summary>
    public int FingerprintedAfterRestart { get; set; }

    /// <summary>Uploads a kill interrupted before the app showed their link: they may legitimately be absent.</summary>
    public int UploadsInterrupted;

    public int LinkChecks;

    public int Lost => Problems.Count(p => p.Contains("lost", StringComparison.Ordinal));

    public int Changed => Problems.Count(p => p.Contains("changed", StringComparison.Ordinal));

    /// <summary>Every lost or changed link, and every failure while the server was up (uploads or checks).</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    public int Failures => Problems.Count - Lost - Changed;

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine(Invariant($"Fault test: {Kills.Count} SIGKILLs ({KillsDuringUpload} during an upload), {ServerStarts} server starts, seed {Seed}, load average {LoadAverageAtStart:0.0} at start / {LoadAverageAtEnd:0.0} at end"));
        foreach (var kill in Kills)
        {
            Console.WriteLine($"    kill {kill}");
        }

        Console.WriteLine(Invariant($"  links recorded {LinksRecorded} ({FingerprintedAfterRestart} fingerprinted only after a restart), uploads interrupted before their link {UploadsInterrupted}"));
        Console.WriteLine(Invariant($"  link checks {LinkChecks}: lost {Lost}, changed {Changed}, other failures {Failures}"));
        foreach (var problem in Problems.Take(10))
        {
            Console.WriteLine($"    {problem}");
        }
    }

    public async Task WriteJsonAsync(string path)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, this, Json);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
