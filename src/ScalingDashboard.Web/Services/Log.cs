namespace ScalingDashboard.Web.Services;

/// <summary>The dashboard's log messages, source-generated so logging costs nothing when the level is off.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "No example datasets: folder {Directory} does not exist.")]
    public static partial void NoExamplesFolder(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload of {FileName} failed.")]
    public static partial void UploadFailed(ILogger logger, Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} uploads not opened for {Days} days were deleted (Dashboard:UploadExpiryDays).")]
    public static partial void UploadsExpired(ILogger logger, int count, double days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting expired uploads failed; trying again in an hour.")]
    public static partial void ExpiryFailed(ILogger logger, Exception exception);
}
