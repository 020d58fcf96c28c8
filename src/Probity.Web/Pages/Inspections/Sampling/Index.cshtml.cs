using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Core.Sampling;
using Probity.Data;
using Probity.Data.Samples;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>
/// Sampling: the samples drawn for this inspection, and (for a lead inspector) drawing a new one from an uploaded
/// caseload extract. Eligibility, size, allocation and selection are Core's (spec §6); the drawn sample is stored with
/// the inspection through the store, like `./probity sample --inspection`.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
[RequestSizeLimit(MaxUploadBytes)]
public sealed class IndexModel(ProbityStore store) : InspectionPage(store)
{
    private const int MaxUploadBytes = 64 * 1024 * 1024;

    public override string Title => $"Sampling: {InspectionName}";
    public override string? BackLink => BasePath;

    public IReadOnlyList<DrawnSample> Samples { get; private set; } = [];
    public bool FrameworkHasSampling => SamplingDefaults.Frameworks.Contains(Framework.Id);
    public bool MayDraw => Me.MayManageInspection && FrameworkHasSampling;
    public Dictionary<string, string> Values { get; } = [];
    [BindProperty(SupportsGet = true, Name = "drawn")] public long? Drawn { get; set; }

    public static IReadOnlyList<(string, string)> TypeOptions { get; } = SampleTypes.All.Select(t => (t.Token(), t.Name())).ToList();

    public async Task OnGetAsync() => await LoadSamplesAsync();

    public async Task<IActionResult> OnPostAsync(IFormFile? population)
    {
        if (!MayDraw) return Forbid();
        foreach (var (key, value) in Request.Form) Values[key] = value.ToString().Trim();
        var plan = ReadPlan(population);
        string? text = null;
        if (population is not null && plan is not null)
        {
            using var reader = new StreamReader(population.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync();
        }
        if (Errors.Any || plan is null || text is null) return await PageAsync();

        var problems = new List<DatasetProblem>();
        var name = Path.GetFileName(population!.FileName);
        var read = PopulationReader.Read(name, new StringReader(text), plan, problems);
        var draw = read is null ? null : StratifiedSampler.Draw(read, plan, problems);
        if (draw is null || draw.Eligible == 0)
        {
            foreach (var p in problems.Take(20)) Errors.Add("population", p.ToString());
            if (problems.Count > 20) Errors.Add("population", $"and {problems.Count - 20} more problems in {name}");
            if (draw is { Eligible: 0 }) Errors.Add("population", $"No case in {name} is eligible for a {plan.Type.Name().ToLowerInvariant()} sample; nothing was drawn");
            return await PageAsync();
        }
        var sampleFile = new StringWriter();
        SampleFileWriter.Write(new StringReader(text), draw, sampleFile);
        var id = await Store.Samples.SaveAsync(InspectionId, DrawnSamples.From(draw, new StringReader(sampleFile.ToString())), Me.Actor);
        return Redirect($"{BasePath}/sampling?drawn={id}");
    }

    private SamplingPlan? ReadPlan(IFormFile? population)
    {
        if (population is null || population.Length == 0) Errors.Add("population", "Choose the caseload extract (a CSV file) to sample from");
        if (!SampleTypes.TryParse(Values.GetValueOrDefault("type"), out var type)) { Errors.Add("type", "Select which sample to draw"); return null; }
        var plan = SamplingPlan.For(Framework.Id, type)!;
        plan = plan with { Seed = (ulong)System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, 1_000_000) };
        if (Values.GetValueOrDefault("seed") is { Length: > 0 } s)
        {
            if (ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)) plan = plan with { Seed = seed };
            else Errors.Add("seed", "The seed must be a whole number, like 20190916 (leave it empty for a random one)");
        }
        if (Values.GetValueOrDefault("as-at") is { Length: > 0 } a)
        {
            if (DateOnly.TryParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asAt)) plan = plan with { AsAt = asAt };
            else Errors.Add("as-at", "The eligibility date must be written yyyy-mm-dd, like 2019-09-16");
        }
        if (Values.GetValueOrDefault("required") is { Length: > 0 } r)
        {
            if (int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var required) && required > 0) plan = plan with { Required = required };
            else Errors.Add("required", "The required size must be a whole number above 0");
        }
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
        foreach (var header in await Store.Samples.ListAsync(InspectionId)) loaded.Add(await Store.Samples.LoadAsync(header.Id));
        Samples = loaded;
    }

    public static int Count(DrawnSample s, DrawnRole role) => s.Cases.Count(c => c.Role == role);
}
