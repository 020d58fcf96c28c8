using Probity.Core.Analysis;
using Probity.Reports.Analysis;

namespace Probity.Web.Pages.Analysis;

/// <summary>One analysis table as the dashboard prints it (Pages/Analysis/_AnalysisTable): the first rows, and where its CSV is.</summary>
public sealed record TableView(AnalysisTable Table, string CsvHref, string CsvFileName)
{
    /// <summary>The same limit as the CLI's HTML page; the CSV always has every row.</summary>
    public static int RowLimit => AnalysisOutput.HtmlRowLimit;

    public IEnumerable<object?[]> Shown => Table.Rows.Take(RowLimit);
    public bool IsCut => Table.Rows.Count > RowLimit;

    /// <summary>Numbers are right-aligned (GOV.UK numeric cells); text, yes/no and empty cells are not.</summary>
    public static bool IsNumber(object? cell) => cell is not (null or string or bool);

    /// <summary>A column is numeric when its first value is a number, so its heading lines up with its cells.</summary>
    public bool IsNumericColumn(int column) => IsNumber(Table.Rows.Select(r => r[column]).FirstOrDefault(c => c is not null));
}
