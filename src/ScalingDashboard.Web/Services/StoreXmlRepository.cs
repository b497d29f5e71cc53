using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Keeps ASP.NET Core's data-protection keys in the dataset store's <c>data_protection_keys</c> table. Every instance
/// on one PostgreSQL reads the same keys, so what one instance protected (antiforgery tokens, a circuit's prerendered
/// state) another can read; on SQLite the keys survive a restart in the data directory. The keys are stored as
/// ASP.NET Core writes them (not encrypted at rest), so the store is guarded like the key folder it replaces.
/// </summary>
public sealed class StoreXmlRepository(SqlDatasetStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.ReadProtectionKeys().Select(xml => XElement.Parse(xml)).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        // Key names are "key-<guid>"; a nameless element still gets a row of its own.
        var name = string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
        store.WriteProtectionKey(name, element.ToString(SaveOptions.DisableFormatting));
    }
}
