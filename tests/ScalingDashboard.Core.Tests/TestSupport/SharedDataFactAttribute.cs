namespace ScalingDashboard.Core.Tests.TestSupport;

/// <summary>
/// A <see cref="FactAttribute"/> for a test that needs <c>../shared/data/&lt;folder&gt;</c>. Where the folder is absent
/// the runner reports the test as skipped, with the folder named, instead of passing it after an early return.
/// </summary>
/// <remarks>xunit 2 has no dynamic skip; setting <see cref="FactAttribute.Skip"/> in the constructor is read at discovery.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <param name="folder">The sub-folder of shared/data the test reads, e.g. <c>apple_downstream</c>.</param>
    public SharedDataFactAttribute(string folder)
    {
        Folder = folder;
        Skip = SharedData.SkipReason(folder);
    }

    /// <summary>The sub-folder of shared/data the test reads.</summary>
    public string Folder { get; }
}
