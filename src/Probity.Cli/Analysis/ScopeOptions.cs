using System.CommandLine;
using System.Globalization;
using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;

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
        var from = Date(parse.GetValue(From), "--from");
        var to = Date(parse.GetValue(To), "--to");
        if (from > to) throw new UserError($"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}", CommandLine.Usage);
        ProgrammeYear? year = null;
        if (parse.GetValue(Year) is { } y)
            year = ProgrammeYear.TryParse(y, out var parsed) ? parsed : throw new UserError($"--year \"{y}\" is not a programme year such as 2019/20", CommandLine.Usage);
        ProviderType? type = null;
        if (parse.GetValue(ProviderType) is { } t)
        {
            var known = Enum.GetNames<ProviderType>().Where(n => n != nameof(Core.Datasets.ProviderType.Region)).ToList();
            type = known.Contains(t) ? Enum.Parse<ProviderType>(t) : throw new UserError($"--provider-type \"{t}\" is not one of {string.Join(", ", known)}", CommandLine.Usage);
        }
        var framework = parse.GetValue(Framework);
        if (framework is not null && FrameworkCatalog.Find(framework) is null)
            throw new UserError($"--framework \"{framework}\" is not known (known: {string.Join(", ", FrameworkCatalog.Ids)})", CommandLine.Usage);
        return new AnalysisScope { From = from, To = to, Year = year, ProviderType = type, Framework = framework, RevisitedOnly = parse.GetValue(RevisitedOnly) };
    }

    private static DateOnly? Date(string? text, string option)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UserError($"{option} \"{text}\" is not a date in the form yyyy-mm-dd", CommandLine.Usage);
    }
}
