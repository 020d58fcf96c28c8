using System.CommandLine;
using Probity.Core.Analysis;

namespace Probity.Cli.Analysis;

/// <summary>The options every <c>analyse</c> verb shares: which inspections to pool.</summary>
public sealed class ScopeOptions
{
    public Option<string> From { get; } = new("--from") { Description = "Only inspections whose fieldwork started on or after this day (yyyy-mm-dd)." };
    public Option<string> To { get; } = new("--to") { Description = "Only inspections whose fieldwork started on or before this day (yyyy-mm-dd)." };
    public Option<string> Year { get; } = new("--year") { Description = "Only one programme year, e.g. 2019/20 (an inspection's named year, else April to March of its fieldwork start)." };
    public Option<string> ProviderType { get; } = new("--provider-type") { Description = "Only one provider type: CRC, NPS, PDU or Area." };
    public Option<string> Framework { get; } = new("--framework") { Description = "Only inspections under one framework version, e.g. hmip-crc-2019." };
    public Option<bool> RevisitedOnly { get; } = new("--revisited-only") { Description = "Only providers inspected in two or more programme years of the scope." };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { From, To, Year, ProviderType, Framework, RevisitedOnly }) command.Options.Add(o);
    }

    /// <summary>The scope the command line names; a value that is not understood is a usage error that says what was expected.</summary>
    public AnalysisScope Read(ParseResult parse)
    {
        var (scope, problems) = new ScopeInput(parse.GetValue(From), parse.GetValue(To), parse.GetValue(Year), parse.GetValue(ProviderType),
            parse.GetValue(Framework), parse.GetValue(RevisitedOnly)).Read();
        return scope ?? throw new UserErrorException(string.Join("\n", problems.Select(p => $"--{p.Field} {p.Message}")), CommandLine.Usage);
    }
}
