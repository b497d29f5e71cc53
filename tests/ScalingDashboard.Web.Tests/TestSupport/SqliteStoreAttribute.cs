using System.Reflection;
using Xunit.Sdk;

namespace ScalingDashboard.Web.Tests.TestSupport;

/// <summary>
/// Runs a store theory against SQLite: passes <see cref="StoreKind.Sqlite"/> as its one argument. Paired with
/// <see cref="PostgresStoreAttribute"/>, the same test runs against both stores.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SqliteStoreAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreKind.Sqlite]];
}
