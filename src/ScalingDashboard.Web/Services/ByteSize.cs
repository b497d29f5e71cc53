using System.Globalization;

namespace ScalingDashboard.Web.Services;

/// <summary>Sizes of files and stores in the words of the messages that name a limit.</summary>
public static class ByteSize
{
    /// <summary>"20 MB (20,971,521 bytes)": megabytes to read, bytes so that a file one byte over a limit does not read
    /// as the limit itself.</summary>
    public static string Exact(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.#} MB ({bytes:N0} bytes)");

    /// <summary>"512 bytes", "1.5 KB", "200 MB": a store's use and share, where the exact count adds nothing.</summary>
    public static string Rounded(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.#} MB"),
    };
}
