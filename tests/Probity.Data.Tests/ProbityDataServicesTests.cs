using Microsoft.Extensions.DependencyInjection;
using Probity.Data.Audit;
using Probity.Data.Migrations;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

/// <summary>The registration every host shares: complete, checked by the container, one instance of each, the clock replaceable.</summary>
public sealed class ProbityDataServicesTests
{
    private static readonly DatabaseLocation Nowhere = DatabaseLocation.Sqlite(Path.Combine(Path.GetTempPath(), $"probity-never-{Guid.NewGuid():N}", "probity.db"));

    /// <summary>Every service type <c>AddProbityData</c> registers.</summary>
    public static IReadOnlyList<Type> Registered() => new ServiceCollection().AddProbityData(Nowhere).Select(d => d.ServiceType).ToList();

    [Fact]
    public void Every_service_is_registered_once_as_a_singleton_and_resolves_with_the_containers_checks_on()
    {
        var descriptors = new ServiceCollection().AddProbityData(Nowhere).ToList();
        Assert.All(descriptors, d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.ServiceType).Distinct().Count());
        Assert.Contains(typeof(DatabaseSchema), descriptors.Select(d => d.ServiceType));
        // No bag of every store: each page and command asks for the one it uses.
        Assert.DoesNotContain(descriptors, d => d.ServiceType.Name == "ProbityStore");
        // Twenty-five stores (the last four: the checks' overrides, factual accuracy, publication and the provider's action plan) and the audit log, each its own service.
        Assert.Equal(26, descriptors.Count(d => d.ServiceType.Name.EndsWith("Store", StringComparison.Ordinal)
            || d.ServiceType == typeof(AuditLog)));

        using var provider = new ServiceCollection().AddProbityData(Nowhere)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        foreach (var type in Registered())
            Assert.Same(provider.GetRequiredService(type), provider.GetRequiredService(type));
        Assert.False(Directory.Exists(Path.GetDirectoryName(CliProcess.SqliteFile(Nowhere))), "building the services created the data folder");
    }

    [Fact]
    public void A_host_or_test_replaces_the_clock_whether_it_registers_before_or_after()
    {
        var fixedClock = new FixedClock(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero));
        using var before = new ServiceCollection().AddSingleton<TimeProvider>(fixedClock).AddProbityData(Nowhere).BuildServiceProvider();
        using var after = new ServiceCollection().AddProbityData(Nowhere).AddSingleton<TimeProvider>(fixedClock).BuildServiceProvider();
        using var neither = new ServiceCollection().AddProbityData(Nowhere).BuildServiceProvider();
        Assert.Same(fixedClock, before.GetRequiredService<TimeProvider>());
        Assert.Same(fixedClock, after.GetRequiredService<TimeProvider>());
        Assert.Same(TimeProvider.System, neither.GetRequiredService<TimeProvider>());
    }
}
