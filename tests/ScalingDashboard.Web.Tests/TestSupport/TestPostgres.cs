namespace ScalingDashboard.Web.Tests.TestSupport;

/// <summary>
/// The PostgreSQL server that tests of the PostgreSQL store run against: a real one, named by the connection string in
/// <see cref="Variable"/> (<c>bash .ci/test</c> starts one and sets it). Without it those tests are reported as
/// skipped, never passed. Each test works in a schema of its own (<see cref="NewSchema"/>), so runs and tests side by
/// side do not see each other's rows. Linked into the end-to-end tests too.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "SCALING_DASHBOARD_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why a PostgreSQL test cannot run here, or null when it can.</summary>
    public static string? SkipReason =>
        ConnectionString is null ? $"needs PostgreSQL: {Variable} is not set (bash .ci/test starts one and sets it)" : null;

    public static TestSchema NewSchema() =>
        new(ConnectionString ?? throw new InvalidOperationException(SkipReason));
}
