using System.CommandLine;
using Probity.Cli;
using Probity.Cli.Commands;

// The `./probity` verbs. Each verb lives in Commands/ and is thin: parse, call Core/Data/Reports, print.
var root = new RootCommand("Probity: run a probation inspection end to end — frameworks, ratings, reports.")
{
    RateCommand.Create(),
    FrameworksCommand.Create(),
    DatabaseCommands.Database(), DatabaseCommands.Import(), DatabaseCommands.Export(), DatabaseCommands.Inspections(),
    SampleCommand.Create(),
    ReportCommand.Create(),
    AnalyseCommand.Create(), GenerateCommand.Create(),
    ReviewStorage.List(),
    ServeCommand.Create(),
    AuditCommand.Create(),
};
return CommandLine.Run(root, args);
