using System.Security.Cryptography;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// The secret that lets the uploading browser change or delete its dataset: 256 random bits, given to the browser once
/// at upload and kept by the server only as a SHA-256 hash, so neither a copy of the store nor a link grants it.
/// </summary>
public static class OwnerKeys
{
    public static string NewKey() => DatasetIds.RandomToken(32);

    /// <summary>The stored form of a key; null for no key (which matches nothing).</summary>
    public static string? Hash(string? key) => string.IsNullOrEmpty(key)
        ? null
        : Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
}
