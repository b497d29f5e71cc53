namespace ScalingDashboard.Web.Tests.TestSupport;

/// <summary>Which store a store test runs against (see <see cref="TestStore"/>).</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
