using Microsoft.Extensions.DependencyInjection;
using Probity.Data.Migrations;

namespace Probity.Data.Tests.Infrastructure;

/// <summary>
/// Probity.Data's services over one database, registered by <see cref="ProbityDataServices.AddProbityData(IServiceCollection, DatabaseLocation)"/>
/// as every host registers them, with the container's own checks on. Tests and benchmarks resolve the service they use.
/// </summary>
public sealed class StoreServices : IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private StoreServices(ServiceProvider provider, DatabaseLocation location)
    {
        _provider = provider;
        Location = location;
    }

    public DatabaseLocation Location { get; }

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public object? GetService(Type type) => _provider.GetService(type);

    /// <summary>The services, with the database left as it is (building them opens nothing).</summary>
    public static StoreServices Build(DatabaseLocation location, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        if (clock is not null) services.AddSingleton(clock);
        services.AddProbityData(location);
        return new StoreServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), location);
    }

    /// <summary>The services over a database brought up to this build's schema, as <c>./probity db migrate</c> brings one.</summary>
    public static async Task<StoreServices> OpenAsync(DatabaseLocation location, TimeProvider? clock = null)
    {
        var services = Build(location, clock);
        await services.Get<DatabaseSchema>().MigrateAsync();
        return services;
    }

    public void Dispose() => _provider.Dispose();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
