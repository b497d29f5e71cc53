using System.Security.Cryptography;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Identifiers of uploaded datasets: 128 random bits in URL-safe base64, so a link reaches one dataset and cannot be
/// guessed or enumerated. Example datasets have fixed, readable ids starting with "example-".
/// </summary>
public static class DatasetIds
{
    public const string ExamplePrefix = "example-";

    public static string NewId() => RandomToken(16);

    /// <summary><paramref name="bytes"/> cryptographically random bytes in URL-safe base64 without padding (ids, owner keys).</summary>
    public static string RandomToken(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>True when the text could be an id at all: short and URL-safe (anything else is rejected unread).</summary>
    public static bool IsWellFormed(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
