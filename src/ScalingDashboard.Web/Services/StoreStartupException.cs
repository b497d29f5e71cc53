namespace ScalingDashboard.Web.Services;

/// <summary>
/// The dataset store cannot be used as configured (an unknown store, a missing or malformed connection string, a
/// database that cannot be reached). Its message says which setting to fix; the app prints it and stops.
/// </summary>
public sealed class StoreStartupException : Exception
{
    public StoreStartupException()
    {
    }

    public StoreStartupException(string message)
        : base(message)
    {
    }

    public StoreStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
