using Microsoft.AspNetCore.Mvc;
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
/// Sampling: the samples drawn for this inspection, and (for a lead inspector) drawing a new one from an uploaded
/// caseload extract. Eligibility, size, allocation and selection are Core's (spec §6); the drawn sample is stored with
/// the inspection through the store, like `./probity sample --inspection`.
/// </summary>
[DrawnByManagers]
public sealed class IndexModel(OpenInspection inspection, DrawnSampleStore samples, IValidator<SampleForm> validator, ProbityLinks links, ReadingLimits limits) : ProbityPage
{

    public OpenInspection Inspection => inspection;
    public override string Title => $"Sampling: {inspection.Name}";
    public override string? BackLink => links.Inspection(inspection.Id);

    public IReadOnlyList<DrawnSample> Samples { get; private set; } = [];
    public bool FrameworkHasSampling => SamplingDefaults.Frameworks.Contains(inspection.Framework.Id);
    public bool MayDraw => Me.MayManageInspection && FrameworkHasSampling;
    [BindProperty] public SampleForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "drawn")] public long? Drawn { get; set; }

    public static IReadOnlyList<(string, string)> EncodingOptions { get; } =
    [
        (InputEncoding.Utf8.Token(), "UTF-8 (from Excel: CSV UTF-8), or an Excel workbook"),
        (InputEncoding.Windows1252.Token(), "Windows-1252 (from Excel: CSV, comma delimited)"),
        (InputEncoding.Utf16.Token(), "UTF-16 (from Excel: Unicode Text)"),
    ];

    public static IReadOnlyList<(string, string)> TypeOptions { get; } = SampleTypes.All.Select(t => (t.Token(), t.Name())).ToList();

    public async Task OnGetAsync() => await LoadSamplesAsync();

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
        var id = await samples.SaveAsync(inspection.Id, DrawnSamples.From(draw, new StringReader(sampleFile)), Me.Actor, Aborted);
        return Redirect(links.Sampling(inspection.Id, drawn: id));
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
        foreach (var problem in plan.Problems()) Errors.Add("type", problem);
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
    }

    public static int Count(DrawnSample s, DrawnRole role) => s.Cases.Count(c => c.Role == role);
}
