namespace ScalingDashboard.Core.Data;

public enum ImportSeverity
{
    Warning,
    Error,
}
