using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Commands;
using Probity.Cli.Sources;
using Probity.Cli.Storage;
using Probity.Data;

namespace Probity.Cli;

/// <summary>
/// The command line's services: Probity.Data's, registered as the web app registers them, and each verb's own. Building
/// them opens no database and reads no database setting: a verb's services are resolved only when the verb runs.
/// </summary>
public static class CliServices
{
    public static IServiceCollection AddProbityCli(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseReadiness>();
        services.AddSingleton<StoredRecords>();
        services.AddSingleton<StoredReportSource>();
        services.AddSingleton<ReviewTransfer>();
        services.AddSingleton<DatabaseCommand>();
        services.AddSingleton<ImportCommand>();
        services.AddSingleton<ExportCommand>();
        services.AddSingleton<InspectionsCommand>();
        services.AddSingleton<NewCommand>();
        services.AddSingleton<ReviewsCommand>();
        services.AddSingleton<AnalyseCommand>();
        services.AddSingleton<AnalyseExploreCommand>();
        services.AddSingleton<GenerateCommand>();
        services.AddSingleton<SampleStorage>();
        services.AddSingleton<AuditCommand>();
        services.AddSingleton<BackupCommands>();
        services.AddSingleton<EraseCaseTextCommand>();
        services.AddSingleton<ExportPersonCommand>();
        services.AddSingleton<RetentionCommand>();
        services.AddSingleton<UsersCommand>();
        // The web app's password hashing, at the work factor the web app is configured with (Probity__PasswordIterations).
        services.AddSingleton(_ => Web.WebAppOptions.From(new ConfigurationBuilder().AddEnvironmentVariables().Build()));
        services.AddSingleton<Web.Security.PasswordHashing>();
        return services;
    }

    /// <summary>The container of one run, with the database the environment names (PROBITY_DATA_DIR or PROBITY_DATABASE).</summary>
    public static ServiceProvider Build() => new ServiceCollection()
        .AddProbityData(_ => DatabaseLocation.FromEnvironment())
        .AddProbityCli()
        .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
