using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.Data;

/// <summary>Shorthands for reading small CSV texts written inline in the tests.</summary>
internal static class Csv
{
    /// <summary>Reads lines joined with '\n' and asserts the import succeeded.</summary>
    public static Leaderboard ReadOk(params string[] lines)
    {
        var result = LeaderboardReader.Read(string.Join('\n', lines));
        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        return result.Leaderboard!;
    }

    public static ImportResult Read(params string[] lines) => LeaderboardReader.Read(string.Join('\n', lines));

    public static LeaderboardColumn Column(this Leaderboard leaderboard, string header) =>
        leaderboard.FindColumn(header) ?? throw new InvalidOperationException($"no column '{header}'");

    public static ImportIssue SingleError(this ImportResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Leaderboard);
        return Assert.Single(result.Errors);
    }

    public static ImportIssue SingleWarning(this ImportResult result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        return Assert.Single(result.Warnings);
    }
}
