using ScalingDashboard.Web.Tests.TestSupport;

namespace ScalingDashboard.E2E;

/// <summary>
/// A <see cref="FactAttribute"/> for a test that needs the test PostgreSQL: reported as skipped, with the reason, where
/// <see cref="TestPostgres.Variable"/> is not set (xunit 2 reads a Skip set in the constructor at discovery).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = TestPostgres.SkipReason;
}
