using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests.Services;

public sealed class UploadRateLimitTests
{
    [Fact]
    public void TryStart_BrowserOverItsLimit_IsRefusedUntilTheMinuteHasPassed()
    {
        var clock = new ManualClock();
        var limit = new UploadRateLimit(clock);

        Assert.Null(limit.TryStart("a", perBrowser: 2, perServer: 10));
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Null(limit.TryStart("a", 2, 10));
        Assert.Equal("This browser has uploaded 2 files in the last minute, the most allowed; try again in 40 s.", limit.TryStart("a", 2, 10));
        Assert.Null(limit.TryStart("b", 2, 10)); // another browser has a minute of its own

        clock.Advance(TimeSpan.FromSeconds(40)); // the first upload leaves the window
        Assert.Null(limit.TryStart("a", 2, 10));
    }

    [Fact]
    public void TryStart_ServerOverItsLimit_IsRefusedForEveryBrowser()
    {
        var clock = new ManualClock();
        var limit = new UploadRateLimit(clock);
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(limit.TryStart("browser" + i, perBrowser: 5, perServer: 3));
        }

        Assert.Equal("The server has taken 3 uploads in the last minute, the most it allows; try again in 60 s.", limit.TryStart("new", 5, 3));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(limit.TryStart("new", 5, 3));
    }

    [Fact]
    public void TryStart_ZeroLimits_MeanNoLimit()
    {
        var limit = new UploadRateLimit(new ManualClock());
        for (var i = 0; i < 100; i++)
        {
            Assert.Null(limit.TryStart("a", 0, 0));
        }
    }

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
