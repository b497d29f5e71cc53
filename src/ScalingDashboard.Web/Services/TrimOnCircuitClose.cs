using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ScalingDashboard.Web.Services;

/// <summary>A closed browser page leaves its analyses and plots behind as garbage: ask for a trim.</summary>
public sealed class TrimOnCircuitClose(MemoryTrimmer trimmer) : CircuitHandler
{
    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        trimmer.Request();
        return Task.CompletedTask;
    }
}
