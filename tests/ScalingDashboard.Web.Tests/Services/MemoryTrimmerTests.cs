using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests.Services;

public sealed class MemoryTrimmerTests
{
    [Fact]
    public async Task Request_SeveralCloseTogether_MakeOneTrim()
    {
        // A process that allocates nothing meanwhile: quiet, so the trim is not put off.
        using var trimmer = new MemoryTrimmer(TimeProvider.System, () => 0);

        trimmer.Request();
        trimmer.Request();
        trimmer.Request();

        // The trim waits 3 s for quiet; allow a slow machine up to 30 s.
        await Eventually(() => trimmer.Trims == 1);
        await Task.Delay(500);
        Assert.Equal(1, trimmer.Trims);
    }

    [Fact]
    public async Task Request_WhileTheServerKeepsAllocating_WaitsForQuiet()
    {
        long allocated = 0;
        using var trimmer = new MemoryTrimmer(TimeProvider.System, () => Interlocked.Add(ref allocated, 32L * 1024 * 1024));

        trimmer.Request();

        // Every look sees 32 MB more than the last (over the 16 MB that means busy): no trim.
        await Task.Delay(4_000);
        Assert.Equal(0, trimmer.Trims);
    }

    [Fact]
    public async Task TrimOnCircuitClose_CircuitServicesDisposed_Trims()
    {
        using var trimmer = new MemoryTrimmer(TimeProvider.System, () => 0);
        var handler = new TrimOnCircuitClose(trimmer);

        // The circuit's scope disposes its services last, once its components have let go of their data.
        handler.Dispose();

        await Eventually(() => trimmer.Trims == 1);
    }

    [Fact]
    public async Task Watch_MuchAllocatedSinceTheLastTrimWithoutAnyRequest_Trims()
    {
        // 100 MB allocated once (over the 64 MB of heavy work), then quiet: garbage no event announced.
        long allocated = 0;
        using var trimmer = new MemoryTrimmer(TimeProvider.System, () => Interlocked.Read(ref allocated), TimeSpan.FromMilliseconds(200));
        await Task.Delay(1_000);
        Assert.Equal(0, trimmer.Trims);

        Interlocked.Add(ref allocated, 100L * 1024 * 1024);

        await Eventually(() => trimmer.Trims == 1);
        await Task.Delay(1_000);
        Assert.Equal(1, trimmer.Trims); // nothing allocated since: no second trim
    }

    [Fact]
    public async Task AnalysisGate_LastSlotGivenBack_RaisesIdleOnce()
    {
        using var gate = new AnalysisGate(2);
        var idle = 0;
        gate.Idle += () => idle++;

        var first = await gate.EnterAsync(null, CancellationToken.None);
        var second = await gate.EnterAsync(null, CancellationToken.None);
        first.Dispose();
        Assert.Equal(0, idle); // one analysis still runs
        second.Dispose();
        second.Dispose(); // a slot given back twice counts once
        Assert.Equal(1, idle);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var waited = 0; waited < 30_000 && !condition(); waited += 100)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }
}
