namespace ScalingDashboard.Core.Concurrency;

/// <summary>
/// How much of the machine one parallel loop may take: at most one worker per core. Unbounded loops take a thread-pool
/// thread for every task the pool will give them, and a loop nested in another (a BNSL search inside a parallel
/// bootstrap) multiplies that: on a 2-core server a stopped-too-late bootstrap reached a load of 140 and starved every
/// other page of the threads its circuit needs. Results never depend on the degree (every reduction is in index order).
/// </summary>
public static class Parallelism
{
    /// <param name="cancellationToken">Checked by the loop between iterations.</param>
    /// <param name="inParallel">False for work already inside a parallel loop: it then runs on its caller's thread.</param>
    public static ParallelOptions Options(CancellationToken cancellationToken, bool inParallel = true) => new()
    {
        CancellationToken = cancellationToken,
        MaxDegreeOfParallelism = inParallel ? Environment.ProcessorCount : 1,
    };
}
