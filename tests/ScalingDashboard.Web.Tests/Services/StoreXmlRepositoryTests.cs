using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using ScalingDashboard.Web.Services;
using ScalingDashboard.Web.Tests.TestSupport;

namespace ScalingDashboard.Web.Tests.Services;

/// <summary>
/// Data-protection keys kept in the store: what one app instance protects, another on the same store (or the same
/// instance after a restart) unprotects; run against both stores.
/// </summary>
public sealed class StoreXmlRepositoryTests
{
    [Theory, SqliteStore, PostgresStore]
    public void Protect_OnOneInstance_UnprotectsOnAnotherSharingTheStore(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        using var first = DataProtectionOver(test.Store);
        using var second = DataProtectionOver(test.Reopen());

        var token = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("dataset link");

        Assert.Equal("dataset link", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(token));
        // One key made by the first instance, found by the second rather than a second key made.
        var keys = new StoreXmlRepository(test.Reopen()).GetAllElements();
        Assert.Single(keys);
        Assert.Equal("key", keys.Single().Name.LocalName);
    }

    [Theory, SqliteStore, PostgresStore]
    public void StoreElement_UnderTheSameName_ReplacesIt(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        var repository = new StoreXmlRepository(test.Store);

        repository.StoreElement(new System.Xml.Linq.XElement("key", "first"), "key-1");
        repository.StoreElement(new System.Xml.Linq.XElement("key", "second"), "key-1");
        repository.StoreElement(new System.Xml.Linq.XElement("key", "other"), "key-2");

        Assert.Equal(["second", "other"], repository.GetAllElements().Select(e => e.Value));
    }

    private static ServiceProvider DataProtectionOver(SqlDatasetStore store)
    {
        var services = new ServiceCollection();
        services.AddSingleton(store);
        services.AddDashboardDataProtection();
        return services.BuildServiceProvider();
    }
}
