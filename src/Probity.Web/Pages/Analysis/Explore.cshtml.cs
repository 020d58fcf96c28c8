using Microsoft.AspNetCore.Mvc;
using Probity.Core.Analysis;
using Probity.Data.Analysis;
using Probity.Explore.Engine;
using Probity.Explore.Questions;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Analysis;

/// <summary>
/// Any question of the published inspections' answers (issue 17): a measure, a filter and up to two splits, all in the
/// query string so that the address is the whole question. Answered by the explore engine; the table, a chart of it, and
/// the same CSV and JSON files as <c>./probity analyse explore --out</c>. A question the engine cannot read shows its
/// message in the error summary.
/// </summary>
public sealed class ExploreModel(ExploreStore explore, ProbityLinks links) : ProbityPage
{
    public const string MeasureField = "measure", WhereField = "where", ByField = "by", ThenByField = "then-by";

    public string? Measure { get; private set; }
    public string? Where { get; private set; }
    public string? By { get; private set; }
    public string? ThenBy { get; private set; }

    /// <summary>What a question may split by: every attribute with a short list of values (not the fieldwork dates).</summary>
    public IReadOnlyList<Dimension> Splits { get; private set; } = [];

    public ExploreResult? Result { get; private set; }
    public DateTimeOffset AsOf { get; private set; }
    public int Inspections { get; private set; }
    public int Cases { get; private set; }

    public override string Title => "Explore the answers";
    public override string? BackLink => links.Analysis();

    /// <summary>The question as a query string (with its leading "?"), for the downloads.</summary>
    public string QueryString => Request.QueryString.Value ?? "";

    public override Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (RouteData.Values["handler"] is string handler && handler is not ("csv" or "json"))
            return Task.FromResult<IActionResult?>(NotFound());
        Measure = Given(MeasureField);
        Where = Given(WhereField);
        By = Given(ByField);
        ThenBy = Given(ThenByField);
        return Task.FromResult<IActionResult?>(null);
    }

    private string? Given(string name) => Request.Query[name].ToString().Trim() is { Length: > 0 } value ? value : null;

    public async Task OnGetAsync() => await AnswerAsync();

    public async Task<IActionResult> OnGetCsvAsync() =>
        await AnswerAsync() is { } result ? Download(ExploreOutput.Csv(result), "text/csv; charset=utf-8", "explore.csv") : Page();

    public async Task<IActionResult> OnGetJsonAsync() =>
        await AnswerAsync() is { } result ? Download(ExploreOutput.Json(result, AsOf), "application/json; charset=utf-8", "explore.json") : Page();

    private async Task<ExploreResult?> AnswerAsync()
    {
        var (data, asOf) = await explore.CurrentAsync(Aborted);
        (AsOf, Inspections, Cases) = (asOf, data.InspectionCount, data.CaseCount);
        Splits = [.. data.Catalog.All.Where(d => !d.IsDate)];
        if (Measure is null)
        {
            if (Where is not null || By is not null || ThenBy is not null) Errors.Add(MeasureField, "Enter what to count, for example 2.1.3");
            return null;
        }
        if (data.InspectionCount == 0) return null;
        try
        {
            var splits = string.Join(",", new[] { By, ThenBy }.OfType<string>());
            return Result = data.Answer(data.Ask(Measure, Where, splits.Length == 0 ? null : splits));
        }
        catch (QuestionException e)
        {
            Errors.Add(FieldOf(e.Message), Sentence(e.Message));
            return null;
        }
    }

    /// <summary>Links the message to the field it is most likely about: the filter when there is one, else the measure.</summary>
    private string FieldOf(string message) =>
        Where is not null && !message.Contains(Measure!, StringComparison.OrdinalIgnoreCase) ? WhereField : MeasureField;

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static FileContentResult Download(string text, string contentType, string fileName) =>
        new(System.Text.Encoding.UTF8.GetBytes(text), contentType) { FileDownloadName = fileName };

    /// <summary>
    /// The chart of the answer: "% yes" per value of the first split, a series per value of the second. Suppressed cells and
    /// totals are left out of the picture (the table says "fewer than 5").
    /// </summary>
    private const string ChartDescription = "Percentage of yes among yes and no answers; a bar is missing where fewer than 5 cases answered.";

    public BarChart? Chart()
    {
        if (Result is not { } result || result.Question.Splits.Count == 0) return null;
        var question = result.Question;
        var first = result.Cells.Select(c => c.Codes[0]).Distinct().Order().ToList();
        var title = $"{question.Measure.Title}: % yes by {question.Splits[0].Title.ToLowerInvariant()}";
        var categories = first.Select(code => question.Splits[0].Label(code)).ToList();
        double? Value(Func<ExploreCell, bool> where) =>
            result.Cells.FirstOrDefault(where) is { Suppressed: false, Percentage: { } p } ? Math.Round(p, 1) : null;
        if (question.Splits.Count == 1)
            return new BarChart("explore", title, ChartDescription, "explore",
                categories, [new ChartSeries("% yes", [.. first.Select(code => Value(c => c.Codes[0] == code))])])
            { Unit = "%" };
        var second = result.Cells.Select(c => c.Codes[1]).Distinct().Order().ToList();
        var series = second.Select(s => new ChartSeries(question.Splits[1].Label(s), [.. first.Select(code => Value(c => c.Codes[0] == code && c.Codes[1] == s))])).ToList();
        return new BarChart("explore", $"{title} and {question.Splits[1].Title.ToLowerInvariant()}",
            ChartDescription, "explore", categories, series)
        { Unit = "%" };
    }
}
