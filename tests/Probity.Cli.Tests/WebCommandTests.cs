using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>`./probity web` configured by environment variables, as a service manager starts it: unsafe settings stop it with a message.</summary>
public sealed class WebCommandTests
{
    [Fact]
    public void Unsafe_settings_stop_the_app_with_every_problem_named_and_nothing_written()
    {
        using var data = new TempFolder();
        var result = CliProcess.Run(new Dictionary<string, string>
        {
            ["PROBITY_DATA_DIR"] = data.Path,
            ["Probity__Urls"] = "http://0.0.0.0:5080",
            ["Probity__AllowedHosts"] = "",
        }, "web");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Probity:AllowedHosts is not set", result.Error);
        Assert.Contains("plain http beyond this machine, with no trusted proxy", result.Error);
        Assert.False(CliProcess.HasStackTrace(result.Error));
        Assert.Empty(Directory.GetFiles(data.Path));
    }

    [Fact]
    public async Task A_postgresql_schema_behind_the_code_stops_the_app_with_the_command_that_migrates_it()
    {
        using var data = new TempFolder();
        using var server = Data.Tests.Infrastructure.TemporaryPostgres.Start();
        var database = await server.CreateDatabaseAsync();
        var result = CliProcess.Run(new Dictionary<string, string>
        {
            ["PROBITY_DATA_DIR"] = data.Path,
            ["PROBITY_DATABASE"] = database.ConnectionString,
            ["Probity__AllowedHosts"] = "probity.example",
        }, "web");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("run ./probity db migrate", result.Error);
        Assert.False(CliProcess.HasStackTrace(result.Error));
    }
}
