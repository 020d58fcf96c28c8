using System.CommandLine;
using Probity.Cli;
using Probity.Cli.Commands;

// The `./probity` verbs. Each verb lives in Commands/ and is thin: parse, call Core/Data/Reports, print. A verb that uses
// the database takes the services it needs from the one container (CliServices), resolved when it runs.
await using var services = CliServices.Build();
var root = new RootCommand("Probity: run a probation inspection end to end — frameworks, ratings, reports.")
{
    RateCommand.Create(),
    FrameworksCommand.Create(),
    DatabaseCommand.Create(services), ImportCommand.Create(services), ExportCommand.Create(services), InspectionsCommand.Create(services), NewCommand.Create(services),
    SampleCommand.Create(services),
    ReportCommand.Create(services),
    AnalyseCommand.Create(services), GenerateCommand.Create(services),
    ReviewsCommand.Create(services),
    ServeCommand.Create(),
    AuditCommand.Create(services),
    EraseCaseTextCommand.Create(services), ExportPersonCommand.Create(services), RetentionCommand.Create(services),
    UsersCommand.Create(services),
};
return await CommandLine.RunAsync(root, args);
