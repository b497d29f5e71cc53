namespace ScalingDashboard.E2E;

/// <summary>Retrying assertions: pages update asynchronously (refits, redraws), so a check may need a moment to hold.</summary>
internal static class Eventually
{
    /// <summary>Retries <paramref name="assertion"/> for up to <paramref name="seconds"/>; the last failure is rethrown.</summary>
    public static async Task Expect(Func<Task> assertion, double seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
