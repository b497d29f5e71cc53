using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// A closed browser page leaves its analyses and plots behind as garbage: ask for a trim once the circuit's services
/// are disposed, the last step of closing it. Not when the circuit reports itself closed: that is the first step, and
/// its components (and a disposal that waits on a page that has gone, up to the JS interop timeout) still hold
/// everything then. Measured with 50 protocol sessions: a trim on the close left 340 MB of dead objects committed
/// behind 49 MB live, for good, since an idle server allocates nothing that would start another collection.
/// </summary>
public sealed class TrimOnCircuitClose(MemoryTrimmer trimmer) : CircuitHandler, IDisposable
{
    public void Dispose() => trimmer.Request();
}
