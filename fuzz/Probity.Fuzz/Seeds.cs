using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml;

namespace Probity.Fuzz;

/// <summary>
/// Seed inputs made from the repository's examples: small ones, because the fuzzer mutates faster and better what is
/// short, and whole ones, so that the paths of a valid input are known from the start.
/// </summary>
public static class Seeds
{
    public static void Write(string target, string directory)
    {
        Directory.CreateDirectory(directory);
        var examples = Path.Combine(Root(), "examples");
        var seeds = target switch
        {
            "dataset" => DatasetSeeds(examples),
            "review" => [("north-east-region-2022", File.ReadAllBytes(Path.Combine(examples, "north-east-region-2022", "review.json")))],
            "extract" => ExtractSeeds(examples),
            "framework" => Directory.GetFiles(Path.Combine(Root(), "frameworks"), "*.json").Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllBytes(f))).ToList(),
            _ => throw new ArgumentException($"no fuzz target \"{target}\"", nameof(target)),
        };
        foreach (var (name, bytes) in seeds) File.WriteAllBytes(Path.Combine(directory, name), bytes);
    }

    private static List<(string, byte[])> DatasetSeeds(string examples)
    {
        var seeds = new List<(string, byte[])>();
        foreach (var folder in new[] { "redcar-cleveland-middlesbrough-2022", "cumbria-2017", "northumbria-2019" })
        {
            var files = FuzzTargets.DatasetFiles.Select(f => Path.Combine(examples, folder, f)).Select(f => File.Exists(f) ? File.ReadAllLines(f) : null).ToList();
            while (files[^1] is null) files.RemoveAt(files.Count - 1);
            seeds.Add(($"{folder}-short", Join(files.Select(lines => Head(lines, 12)))));
            if (folder.StartsWith("redcar", StringComparison.Ordinal)) seeds.Add((folder, Join(files.Select(lines => Head(lines, int.MaxValue)))));
        }
        return seeds;
    }

    private static List<(string, byte[])> ExtractSeeds(string examples)
    {
        var lines = File.ReadAllLines(Path.Combine(examples, "populations", "northumbria-2019-caseload.csv"));
        return [("caseload-40", Lines(Head(lines, 40))), ("caseload-400", Lines(Head(lines, 400))), ("caseload-12.xlsx", Workbook(Head(lines, 12)))];
    }

    // The same rows as an Excel workbook, every cell inline text, so that the fuzzer starts inside the .xlsx reader too.
    private static byte[] Workbook(string[] lines)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var line in lines)
                data.Append(new Row(line.Split(',').Select(value => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) })));
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Caseload" }));
        }
        return stream.ToArray();
    }

    private static string[] Head(string[]? lines, int count) => lines is null ? [] : lines.Take(count).ToArray();

    private static byte[] Lines(IEnumerable<string> lines) => System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

    private static byte[] Join(IEnumerable<string[]> files) => files.Select(Lines).Aggregate((a, b) => [.. a, FuzzTargets.FileSeparator, .. b]);

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Probity.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the Probity repository");
    }
}
