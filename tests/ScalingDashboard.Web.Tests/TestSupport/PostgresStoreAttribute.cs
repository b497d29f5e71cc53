using System.Reflection;
using Xunit.Sdk;

namespace ScalingDashboard.Web.Tests.TestSupport;

/// <summary>
/// Runs a store theory against PostgreSQL: passes <see cref="StoreKind.Postgres"/>. Where no test server is configured
/// (<see cref="TestPostgres.Variable"/>) the runner reports that case as skipped, with the reason, not as passed.
/// </summary>
/// <remarks>xunit 2 has no dynamic skip; a data attribute's <see cref="DataAttribute.Skip"/>, set in the constructor, is read at discovery.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresStoreAttribute : DataAttribute
{
    public PostgresStoreAttribute() => Skip = TestPostgres.SkipReason;

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreKind.Postgres]];
}
