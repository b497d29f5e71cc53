using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Cli.Tests;

/// <summary><c>fit --form pass-at-k</c> says what the Explorer says about a k that is not a number of samples.</summary>
public class PassAtKCommandTests
{
    [Fact]
    public void Fit_ThreeHalfKRows_NotesThemAndFitsTheRest()
    {
        using var csv = new CliRunner.TempCsv(PassAtKTable.Csv(halfK: 3));

        var (code, stdout, stderr) = CliRunner.Run("fit", "--data", csv.Path, "--x", "flops", "--x2", "k", "--y", "score",
            "--form", "pass-at-k", "--qrandom", "0", "--margin", "0", "--json");

        Assert.Equal(0, code);
        Assert.Equal("note: pass-at-k on score: k must be a whole number of samples >= 1; 3 of 40 rows have k = 1.5, 2.5, 4.5; left out.",
            stderr.TrimEnd('\r', '\n'));
        Assert.Contains("\"converged\": true", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_LossColumnAsK_FailsWithTheExplorersMessage()
    {
        using var csv = new CliRunner.TempCsv(PassAtKTable.Csv());

        var message = CliRunner.AssertFails(1, "Fit failed: ", "fit", "--data", csv.Path, "--x", "flops", "--x2", "loss", "--y", "score",
            "--form", "pass-at-k", "--qrandom", "0", "--margin", "0");

        Assert.Equal("Fit failed: k must be a whole number of samples >= 1; 40 of 40 rows have loss = 3.5, 3.465, 3.43, ...; "
            + "a fit needs at least 3 usable rows, found 0.", message);
    }
}
