using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Csv;
using Probity.Data;
using Probity.Data.Cases;
using Probity.Core.Datasets;
using Probity.Core.Input;
using Probity.Core.Sampling;
using FluentValidation;
using Probity.Web.Forms;
using Probity.Web.Routing;
using Probity.Data.Samples;
using Probity.Exchange;
using Probity.Exchange.Input;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>
/// Sampling: each sample drawn for this inspection with its balance, its cases and reserves and a CSV download, the
/// cases withdrawn with their reasons, and (for a lead inspector) drawing a sample from an uploaded caseload extract,
/// which creates the cases to assess. Eligibility, size, allocation and selection are Core's; the draw is stored with
/// the inspection through the store, as the command line stores it.
/// </summary>
[DrawnByManagers]
public sealed class IndexModel(OpenInspection inspection, DrawnSampleStore samples, SampledCaseStore sampled, CaseAssessmentStore cases,
    IValidator<SampleForm> validator, ProbityLinks links, ReadingLimits limits) : ProbityPage
{

    public OpenInspection Inspection => inspection;
    public override string Title => $"Sampling: {inspection.Name}";
    public override string? BackLink => links.Inspection(inspection.Id);

    /// <summary>Every draw, newest first; the newest of each sample is the one its cases and reserves come from.</summary>
    public IReadOnlyList<DrawnSample> Samples { get; private set; } = [];
    public IReadOnlyList<DrawnSample> Latest => [.. Samples.GroupBy(s => s.Sample).Select(g => g.First()).OrderBy(s => s.Sample, StringComparer.Ordinal)];
    public IReadOnlyList<WithdrawnCase> Withdrawn { get; private set; } = [];
    public IReadOnlySet<string> InInspection { get; private set; } = new HashSet<string>();

    /// <summary>A lead inspector may swap, withdraw and add cases until the ratings panel starts.</summary>
    public bool MayChangeSample => Me.MayManageInspection && !Core.Stages.StageGates.FreezesCaseAnswers(inspection.Summary.Status);
    public bool FrameworkHasSampling => SamplingDefaults.Frameworks.Contains(inspection.Framework.Id);
    public bool MayDraw => Me.MayManageInspection && FrameworkHasSampling;
    [BindProperty] public SampleForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "done")] public string? DoneKey { get; set; }

    /// <summary>What the last change did, for the success banner (null for none).</summary>
    public string? Done => DoneKey switch
    {
        "drawn" => "The sample is drawn and stored with the inspection: its cases are ready to assign.",
        "swapped" => "The case is swapped for a reserve, and the reserve is in the sample.",
        "withdrawn" => "The case is withdrawn from the sample.",
        "added" => "The case is added to the sample.",
        _ => null,
    };

    /// <summary>How the required size was set, in words.</summary>
    public static string SizeSource(IReadOnlyDictionary<string, string> parameters) => parameters.GetValueOrDefault("requiredSource") switch
    {
        "given" => "given when the sample was drawn",
        "formula-on-planning-estimate" => "calculated by Probity from the planning estimate of eligible cases",
        _ => $"calculated by Probity from the eligible cases, for {parameters.GetValueOrDefault("confidence")}% confidence and a " +
            $"{parameters.GetValueOrDefault("margin")}-point margin of error",
    };

    public static IReadOnlyList<(string, string)> EncodingOptions { get; } =
    [
        (InputEncoding.Utf8.Token(), "UTF-8 (from Excel: CSV UTF-8), or an Excel workbook"),
        (InputEncoding.Windows1252.Token(), "Windows-1252 (from Excel: CSV, comma delimited)"),
        (InputEncoding.Utf16.Token(), "UTF-16 (from Excel: Unicode Text)"),
    ];

    public static IReadOnlyList<(string, string)> TypeOptions { get; } = SampleTypes.All.Select(t => (t.Token(), t.Name())).ToList();

    public async Task OnGetAsync() => await LoadSamplesAsync();

    private static readonly string[] CsvHeadings = ["case reference", "stratum", "drawn as", "reserve order"];

    /// <summary>One draw as a CSV file: every drawn case and reserve with its stratum and the extract's values.</summary>
    public async Task<IActionResult> OnGetCsvAsync(long drawn)
    {
        if (!(await samples.ListAsync(inspection.Id, Aborted)).Any(s => s.Id == drawn)) return NotFound();
        var sample = await samples.LoadAsync(drawn, Aborted);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvWriter(text);
        csv.Record([.. CsvHeadings, .. sample.Columns.Where(c => c != PopulationColumns.CaseId)]);
        var idColumn = sample.Columns.ToList().IndexOf(PopulationColumns.CaseId);
        foreach (var c in sample.Cases)
            csv.Record([c.CaseId, c.Stratum, c.Role == DrawnRole.Sample ? "sample" : "reserve", c.ReserveOrder?.ToString(CultureInfo.InvariantCulture),
                .. c.Values.Where((_, i) => i != idColumn)]);
        var name = $"{SampleName(sample.Sample).ToLowerInvariant().Replace(' ', '-')}-sample-{(inspection.Summary.Reference ?? inspection.Id.ToString(CultureInfo.InvariantCulture))}.csv";
        return File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", name);
    }

    /// <summary>The sample's name as inspectors say it ("Case supervision"), from its stored token.</summary>
    public static string SampleName(string token) => SampleTypes.TryParse(token, out var type) ? type.Name() : token;

    /// <summary>Where a drawn case stands now, in words: in the sample, withdrawn (why), or a reserve (taken in, or waiting).</summary>
    public string Standing(Data.Samples.DrawnCase c)
    {
        if (Withdrawn.FirstOrDefault(w => w.CaseId == c.CaseId) is { } w)
            return w.ReplacedBy is { } by ? $"Swapped for reserve {by}: {w.Reason}" : $"Withdrawn: {w.Reason}";
        if (c.Role == DrawnRole.Sample) return InInspection.Contains(c.CaseId) ? "In the sample" : "Not in the inspection";
        var order = c.ReserveOrder?.ToString(CultureInfo.InvariantCulture) ?? "";
        return InInspection.Contains(c.CaseId) ? $"Reserve {order}, now in the sample" : $"Reserve {order}";
    }

    public bool MaySwapOrWithdraw(Data.Samples.DrawnCase c) => MayChangeSample && InInspection.Contains(c.CaseId);

    public async Task<IActionResult> OnPostAsync(IFormFile? population)
    {
        if (!MayDraw) return Forbid();
        var plan = ReadPlan(population);
        if (Errors.Any || plan is null || population is null) return await PageAsync();

        var options = new PopulationFileOptions { Encoding = Form.TextEncoding ?? InputEncoding.Utf8, Limits = limits, Choice = UploadedExtract.Choice };
        var problems = new List<DatasetProblem>();
        var name = UploadedExtract.Name(population);
        var read = UploadedExtract.Read(population, plan, options, problems);
        var draw = read is null ? null : StratifiedSampler.Draw(read, plan, problems);
        if (draw is null || draw.Eligible == 0)
        {
            Errors.AddAll(ShownProblems.Lines(problems), "population");
            if (draw is { Eligible: 0 }) Errors.Add("population", $"No case in {ShownText.Safe(name)} is eligible for a {plan.Type.Name().ToLowerInvariant()} sample; nothing was drawn");
            return await PageAsync();
        }
        var sampleFile = UploadedExtract.SampleFile(population, draw, options);
        try
        {
            await samples.SaveAsync(inspection.Id, DrawnSamples.From(draw, new StringReader(sampleFile)), Me.Actor, Aborted);
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e, fieldId: "type");
            return await PageAsync();
        }
        return Redirect(links.Sampling(inspection.Id, done: "drawn"));
    }

    private SamplingPlan? ReadPlan(IFormFile? population)
    {
        if (population is null || population.Length == 0) Errors.Add("population", "Choose the caseload extract (a CSV file or Excel workbook) to sample from");
        if (!validator.Check(Form, Errors) || Form.SampleType is not { } type) return null;
        var plan = SamplingPlan.For(inspection.Framework.Id, type)! with
        {
            Seed = Form.ChosenSeed ?? (ulong)System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, 1_000_000),
        };
        if (Form.EligibleAsAt is { } asAt) plan = plan with { AsAt = asAt };
        if (Form.RequiredSize is { } required) plan = plan with { Required = required };
        // The one plan problem a form can cause is a missing required size, said here in the form's words.
        if (plan.RequiredIsInput && plan.Required is null)
            Errors.Add("required", $"Enter the required size: for {type.Name().ToLowerInvariant()} samples under this framework the inspectorate sets it " +
                "from the provider's workload and the previous inspection, so Probity does not calculate it");
        else foreach (var problem in plan.Problems()) Errors.Add("type", problem);
        return plan;
    }

    private async Task<IActionResult> PageAsync()
    {
        await LoadSamplesAsync();
        return Page();
    }

    // The list holds each sample's header only; its cases are counted from the sample itself.
    private async Task LoadSamplesAsync()
    {
        var loaded = new List<DrawnSample>();
        foreach (var header in await samples.ListAsync(inspection.Id, Aborted)) loaded.Add(await samples.LoadAsync(header.Id, Aborted));
        Samples = loaded;
        Withdrawn = await sampled.ListWithdrawnAsync(inspection.Id, Aborted);
        InInspection = (await cases.ListAsync(inspection.Id, Aborted)).Select(c => c.CaseId).ToHashSet();
    }

    public static int Count(DrawnSample s, DrawnRole role) => s.Cases.Count(c => c.Role == role);
}
