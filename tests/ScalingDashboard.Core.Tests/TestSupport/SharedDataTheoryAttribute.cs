namespace ScalingDashboard.Core.Tests.TestSupport;

/// <summary>
/// A <see cref="TheoryAttribute"/> for a test that needs <c>../shared/data/&lt;folder&gt;</c>: skipped, with the folder
/// named, where the folder is absent (see <see cref="SharedDataFactAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <param name="folder">The sub-folder of shared/data the test reads, e.g. <c>apple_downstream</c>.</param>
    public SharedDataTheoryAttribute(string folder)
    {
        Folder = folder;
        Skip = SharedData.SkipReason(folder);
    }

    /// <summary>The sub-folder of shared/data the test reads.</summary>
    public string Folder { get; }
}
