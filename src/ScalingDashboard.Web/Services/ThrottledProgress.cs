namespace ScalingDashboard.Web.Services;

/// <summary>
/// Progress for a page: at most one report every 100 ms, since the page redraws on each (and a trainer reports every
/// epoch). Not <see cref="Progress{T}"/>: that would post to the circuit's context, which the page does itself.
/// </summary>
public sealed class ThrottledProgress<T>(Action<T> report) : IProgress<T>
{
    private long _last;

    public void Report(T value)
    {
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _last) >= 100)
        {
            Interlocked.Exchange(ref _last, now);
            report(value);
        }
    }
}
